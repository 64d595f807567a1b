// "Groups named": a card per group (GroupCard); those the reader marked wrong are hidden and
// listed at the end with "Undo".
import { useState } from 'preact/hooks';
import type { ReportEntity } from '../../core/report';
import { t } from '../../shared/i18n';
import { groupMark } from '../../shared/wrong-marks';
import type { MarkedPage, PopupActions } from '../connector';
import type { Findings } from '../findings';
import { GroupCard, cardId } from './GroupCard';
import { Section } from './Section';
import { ShortList } from './ShortList';
import { WrongButton } from './WrongButton';

/** Cards shown before "Show all N". */
const FIRST_GROUPS = 3;

export function GroupsSection(props: {
  findings: Findings;
  actions: PopupActions | null;
  page: MarkedPage | null;
  /** The reader's setting: lookups stay off until turned on in the options. */
  wikipediaLookups: boolean;
  /** The names highlighted in the page now (the first is its group's name). */
  highlighted: string[];
}) {
  const { findings: f, actions, page } = props;
  const [expanded, setExpanded] = useState(false);
  const [highlighted, setHighlighted] = useState(props.highlighted[0] ?? null);
  const byId = new Map(f.groups.filter((e) => e.id).map((e) => [e.id as string, e]));
  const linkable = new Set(byId.keys());
  const focusCard = (id: string): void => {
    const target = byId.get(id);
    if (!target) return;
    const focus = (): void => {
      const el = document.getElementById(cardId(target));
      el?.scrollIntoView({ block: 'nearest' });
      el?.focus();
    };
    // A card folded away is shown first, then focused once drawn.
    if (!expanded && f.groups.indexOf(target) >= FIRST_GROUPS) {
      setExpanded(true);
      requestAnimationFrame(focus);
    } else focus();
  };
  const highlight = (e: ReportEntity, names: string[]): void => {
    setHighlighted(names.length > 0 ? e.name : null);
    void actions?.highlightMentions(names);
  };
  return (
    <Section id="groups" title={t('sectionGroups')} count={f.groups.length}>
      {f.groups.length === 0 && f.groupsMarked.length === 0 ? (
        <p class="quiet">{t('noGroups')}</p>
      ) : null}
      {f.groups.length > 0 ? (
        <ShortList
          items={f.groups}
          limit={FIRST_GROUPS}
          class="cards"
          testId="groups"
          expanded={expanded}
          onExpand={setExpanded}
          render={(e) => (
            <GroupCard
              key={cardId(e)}
              entity={e}
              actions={actions}
              page={page}
              wikipediaLookups={props.wikipediaLookups}
              highlighted={highlighted === e.name}
              onHighlight={(names) => highlight(e, names)}
              linkable={linkable}
              focusCard={focusCard}
            />
          )}
        />
      ) : null}
      {f.groupsMarked.length > 0 ? (
        <div class="marked" data-testid="groups-marked">
          <p class="quiet">{t('groupsMarkedWrong')}</p>
          <ul class="marked-list">
            {f.groupsMarked.map((e) => (
              <li key={cardId(e)}>
                <span>{e.name}</span>
                <WrongButton
                  marked
                  label={e.name}
                  onToggle={
                    actions && page ? (on) => void actions.setWrong(page, groupMark(e), on) : null
                  }
                />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </Section>
  );
}
