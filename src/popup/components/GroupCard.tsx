// One group named in the article: what the article calls it, background from the knowledge base
// (dated, with its sources) or a plain "nothing more is known", its links to other groups, and
// "Wrong?". Its name highlights its mentions in the page, and again clears them.
import { monthYear } from '../../core/month-year';
import type { ReportEntity } from '../../core/report';
import { t, tn, uiLanguage, words } from '../../shared/i18n';
import { relationLabel } from '../../shared/relation-labels';
import { groupMark } from '../../shared/wrong-marks';
import type { MarkedPage, PopupActions } from '../connector';
import { WikipediaLookup } from './WikipediaLookup';
import { WrongButton } from './WrongButton';

type Affiliation = NonNullable<ReportEntity['affiliations']>[number];

/** A source's site, as the link text ("reuters.com"); its title is the link's tooltip. */
function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

export function cardId(e: ReportEntity): string {
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

export function GroupCard(props: {
  entity: ReportEntity;
  actions: PopupActions | null;
  page: MarkedPage | null;
  wikipediaLookups: boolean;
  highlighted: boolean;
  onHighlight: (names: string[]) => void;
  /** Groups of the article by id: a linked one gets a link to its card. */
  linkable: ReadonlySet<string>;
  focusCard: (id: string) => void;
}) {
  const { entity: e, actions, page } = props;
  return (
    <li id={cardId(e)} class="card" tabIndex={-1} data-testid="group-card">
      <div class="item-head">
        <button
          type="button"
          class="card-name"
          title={t('highlightHint')}
          aria-pressed={props.highlighted}
          onClick={() => props.onHighlight(props.highlighted ? [] : [e.name, ...e.aliases])}
        >
          {e.name}
        </button>
        <WrongButton
          marked={false}
          label={e.name}
          onToggle={actions && page ? (on) => void actions.setWrong(page, groupMark(e), on) : null}
        />
      </div>
      <p class="card-meta">
        <span class="tag">{e.kind}</span> {tn(e.mentions, 'mentionsOne', 'mentionsOther')}
        {e.aliases.length > 0 ? (
          <> · {t('alsoKnownAs', e.aliases.map((a) => t('quoted', a)).join(', '))}</>
        ) : null}
      </p>
      {props.highlighted ? (
        <button
          type="button"
          class="link small"
          data-testid="clear-highlight"
          onClick={() => props.onHighlight([])}
        >
          {t('clearHighlight')}
        </button>
      ) : null}
      {e.inArticle ? (
        <p class="card-in-article" data-testid="card-in-article">
          {t('inArticle', e.inArticle)}
        </p>
      ) : null}
      {e.summary ? (
        <p class="card-summary">{e.summary}</p>
      ) : (
        <>
          <p class="card-summary quiet" data-testid="card-nothing-known">
            {e.inArticle ? t('noMoreBackground') : t('noBackground')}
          </p>
          <WikipediaLookup name={e.name} actions={actions} enabled={props.wikipediaLookups} />
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
          <span class="relation">{relationLabel(words, run[0]?.relation)}</span>{' '}
          {run.map((a, i) => (
            <>
              {i > 0 ? ', ' : ''}
              {props.linkable.has(a.id) ? (
                <button
                  type="button"
                  class="link"
                  data-testid="affiliation-link"
                  onClick={() => props.focusCard(a.id)}
                >
                  {a.name}
                </button>
              ) : (
                <span class="linked-name">{a.name}</span>
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
  );
}
