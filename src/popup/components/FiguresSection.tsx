// "Figures": the pairs that disagree, then those that need the reader first (no source given,
// claimed by a side, vague source), then those with a source, then, folded away, those that need
// none.
import { t, tn } from '../../shared/i18n';
import type { MarkedPage, PopupActions } from '../connector';
import type { Findings } from '../findings';
import { ConflictsList } from './ConflictsList';
import { FigureItem } from './FigureItem';
import { Section } from './Section';
import { ShortList } from './ShortList';

/** Figures listed before "Show all N". */
const FIRST_FIGURES = 3;

export function FiguresSection(props: {
  findings: Findings;
  underline: boolean;
  actions: PopupActions | null;
  page: MarkedPage | null;
}) {
  const { findings: f, actions, page } = props;
  const empty = f.figures.length === 0 && f.records.length === 0;
  return (
    <Section id="figures" title={t('sectionFigures')} count={f.figures.length + f.records.length}>
      <label class="switch">
        <input
          type="checkbox"
          data-testid="underline-toggle"
          checked={props.underline}
          onChange={(e) =>
            void actions?.setUnderline((e.currentTarget as HTMLInputElement).checked)
          }
        />
        {t('underlineInPage')}
      </label>
      {empty ? <p class="quiet">{t('noFigures')}</p> : null}
      {f.conflicts.length > 0 ? <ConflictsList conflicts={f.conflicts} actions={actions} /> : null}
      {f.figures.length > 0 ? (
        <ShortList
          items={f.figures}
          limit={FIRST_FIGURES}
          class="items"
          testId="figures"
          render={(view, i) => (
            <FigureItem key={`${view.key}:${i}`} view={view} actions={actions} page={page} />
          )}
        />
      ) : null}
      {f.records.length > 0 ? (
        <details class="records" data-testid="figures-of-record">
          <summary>{tn(f.records.length, 'figuresOfRecordOne', 'figuresOfRecordOther')}</summary>
          <ul class="items">
            {f.records.map((view, i) => (
              <FigureItem key={`${view.key}:${i}`} view={view} actions={actions} page={page} />
            ))}
          </ul>
        </details>
      ) : null}
    </Section>
  );
}
