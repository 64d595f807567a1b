// "Repeated text": what was hidden, with Show / Hide again per item and for all; paragraphs the
// reader said are no repeats are listed at the end, shown in the page, with "Undo".
import { t, words } from '../../shared/i18n';
import type { HiddenRepeat } from '../../shared/messages';
import { repeatKind } from '../../shared/reasons';
import type { MarkedPage, PopupActions } from '../connector';
import type { Findings } from '../findings';
import { RepeatItem } from './RepeatItem';
import { Section } from './Section';
import { ShortList } from './ShortList';
import { WrongButton } from './WrongButton';

/** Repeats listed before "Show all N". */
const FIRST_REPEATS = 3;

export function RepeatsSection(props: {
  findings: Findings;
  actions: PopupActions | null;
  page: MarkedPage | null;
}) {
  const { findings: f, actions, page } = props;
  const setWrong = (r: HiddenRepeat): ((on: boolean) => void) | null =>
    actions && page
      ? (on) =>
          void actions.setWrong(
            page,
            { kind: 'repeat', key: r.key, label: r.preview, detail: repeatKind(words, r.kind) },
            on,
          )
      : null;
  return (
    <Section id="repeats" title={t('sectionRepeats')} count={f.repeats.length}>
      {f.repeats.length === 0 && f.repeatsMarked.length === 0 ? (
        <p class="quiet">{t('noRepeats')}</p>
      ) : null}
      {f.repeats.length > 0 ? (
        <>
          <div class="row-actions">
            <button
              type="button"
              data-testid="repeats-toggle-all"
              onClick={() => void actions?.setRepeatVisible('all', f.hidden > 0)}
            >
              {f.hidden > 0 ? t('showAllInPage') : t('hideAllInPage')}
            </button>
          </div>
          <ShortList
            items={f.repeats}
            limit={FIRST_REPEATS}
            class="items"
            testId="repeats"
            render={(r) => (
              <RepeatItem key={r.index} repeat={r} actions={actions} onWrong={setWrong(r)} />
            )}
          />
        </>
      ) : null}
      {f.repeatsMarked.length > 0 ? (
        <div class="marked" data-testid="repeats-marked">
          <p class="quiet">{t('repeatsMarkedWrong')}</p>
          <ul class="marked-list">
            {f.repeatsMarked.map((r) => (
              <li key={r.index}>
                <span>{r.preview}</span>
                <WrongButton marked label={r.preview} onToggle={setWrong(r)} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </Section>
  );
}
