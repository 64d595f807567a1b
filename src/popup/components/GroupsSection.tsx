// "Groups named": a card per group with background, links between affiliated groups, and a
// Wikipedia link; clicking a name highlights its mentions in the page.
import { monthYear } from '../../core/month-year';
import type { ReportEntity } from '../../core/report';
import { t, tn, uiLanguage } from '../../shared/i18n';
import type { PopupActions } from '../connector';
import { relationLabel } from '../relation-labels';
import { Section } from './Section';
import { WikipediaLookup } from './WikipediaLookup';

type Affiliation = NonNullable<ReportEntity['affiliations']>[number];

/** A source's site, as the link text ("reuters.com"); its title is the link's tooltip. */
function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

function cardId(e: ReportEntity): string {
  return `group-${(e.id ?? e.name).replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

/** Affiliations in runs of one relation (the report lists them grouped by relation already). */
function byRelation(affiliations: readonly Affiliation[]): Affiliation[][] {
  const runs: Affiliation[][] = [];
  for (const a of affiliations) {
    const run = runs[runs.length - 1];
    if (run && run[0]?.relation === a.relation) run.push(a);
    else runs.push([a]);
  }
  return runs;
}

export function GroupsSection({
  entities,
  actions,
  wikipediaLookups,
}: {
  entities: ReportEntity[];
  actions: PopupActions | null;
  /** The reader's setting: lookups stay off until turned on in the options. */
  wikipediaLookups: boolean;
}) {
  const byId = new Map(entities.filter((e) => e.id).map((e) => [e.id as string, e]));
  const focusCard = (id: string): void => {
    const target = byId.get(id);
    const el = target ? document.getElementById(cardId(target)) : null;
    el?.scrollIntoView({ block: 'nearest' });
    el?.focus();
  };
  return (
    <Section
      id="groups"
      title={t('sectionGroups')}
      summary={tn(entities.length, 'groupsOne', 'groupsOther')}
    >
      {entities.length === 0 ? (
        <p class="quiet">{t('noGroups')}</p>
      ) : (
        <ul class="cards">
          {entities.map((e) => (
            <li key={cardId(e)} id={cardId(e)} class="card" tabIndex={-1} data-testid="group-card">
              <button
                type="button"
                class="card-name"
                onClick={() => void actions?.highlightMentions([e.name, ...e.aliases])}
              >
                {e.name}
              </button>
              <p class="card-meta">
                <span class="tag">{e.kind}</span> {tn(e.mentions, 'mentionsOne', 'mentionsOther')}
                {e.aliases.length > 0 ? (
                  <> · {t('alsoKnownAs', e.aliases.map((a) => t('quoted', a)).join(', '))}</>
                ) : null}
              </p>
              {e.summary ? (
                <p class="card-summary">{e.summary}</p>
              ) : (
                <>
                  <p class="card-summary quiet">{t('notInKnowledgeBase')}</p>
                  <WikipediaLookup name={e.name} actions={actions} enabled={wikipediaLookups} />
                </>
              )}
              {e.asOf ? (
                <p class="card-meta" data-testid="card-as-of">
                  {t('asOf', monthYear(e.asOf, uiLanguage()))}
                  {(e.sources ?? []).map((s, i) => (
                    <>
                      {i === 0 ? ` · ${t('cardSources')} ` : ', '}
                      <a href={s.url} target="_blank" rel="noopener noreferrer" title={s.title}>
                        {siteOf(s.url)}
                      </a>
                    </>
                  ))}
                </p>
              ) : null}
              {/* Each relation worded from this card's group: "Armed wing: …", "Armed wing of …". */}
              {byRelation(e.affiliations ?? []).map((run, r) => (
                <p class="card-links" key={r}>
                  {relationLabel(run[0]?.relation)}{' '}
                  {run.map((a, i) => (
                    <>
                      {i > 0 ? ', ' : ''}
                      {byId.has(a.id) ? (
                        <button
                          type="button"
                          class="link"
                          data-testid="affiliation-link"
                          onClick={() => focusCard(a.id)}
                        >
                          {a.name}
                        </button>
                      ) : (
                        <span>{a.name}</span>
                      )}
                    </>
                  ))}
                </p>
              ))}
              {e.url ? (
                <a class="card-wiki" href={e.url} target="_blank" rel="noopener noreferrer">
                  {t('wikipediaLink')}
                </a>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
