// Figures of the article that count the same thing and disagree (issue 21): each pair side by
// side, the earlier on the left, with who stands behind each; a click on either shows it in the
// page. Listed first in the figures section: it is what a careful reader checks before the rest.
import { excerpt } from '../../core/figure-verdicts';
import type { ReportFigure } from '../../core/report';
import { t, words } from '../../shared/i18n';
import { conflictKind, conflictSide } from '../../shared/reasons';
import type { PopupActions } from '../connector';
import type { ConflictView } from '../findings';

/** Characters of the sentence kept on each side of the figure: two columns are narrow. */
const SIDE_CONTEXT = 40;

function ConflictSide(props: { figure: ReportFigure; actions: PopupActions | null }) {
  const { figure, actions } = props;
  const cut = excerpt(figure, SIDE_CONTEXT);
  return (
    <button
      type="button"
      class="conflict-side"
      data-testid="conflict-side"
      title={t('showInPage')}
      onClick={() => void actions?.reveal(figure.paragraph, figure.text)}
    >
      <mark class="conflict-figure">{figure.text}</mark>
      <span class="conflict-source" data-testid="conflict-source">
        {conflictSide(words, figure)}
      </span>
      <span class="conflict-excerpt">
        {cut.before}
        {cut.figure}
        {cut.after}
      </span>
    </button>
  );
}

export function ConflictsList(props: {
  conflicts: readonly ConflictView[];
  actions: PopupActions | null;
}) {
  return (
    <div class="conflicts" id="conflicts" data-testid="conflicts">
      <h3 class="conflicts-title">{t('sectionConflicts')}</h3>
      <ul class="items">
        {props.conflicts.map((c, i) => (
          <li
            key={`${c.first.text}:${c.second.text}:${i}`}
            class="item conflict"
            data-testid="conflict"
          >
            <p class="conflict-what">
              <strong>{c.counted}</strong> · {conflictKind(words, c.kind)}
            </p>
            <div class="conflict-pair">
              <ConflictSide figure={c.first} actions={props.actions} />
              <span class="versus" aria-hidden="true">
                ≠
              </span>
              <span class="visually-hidden">{t('conflictVersus')}</span>
              <ConflictSide figure={c.second} actions={props.actions} />
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
