// One figure: its verdict, its sentence trimmed around it with the figure marked, the reason in
// plain words, and "Wrong?". A click on the sentence shows the figure in the page.
import { excerpt, figureVerdict } from '../../core/figure-verdicts';
import { t, words } from '../../shared/i18n';
import { figureReason, figureTag } from '../../shared/reasons';
import type { MarkedPage, PopupActions } from '../connector';
import type { FigureView } from '../findings';
import { WrongButton } from './WrongButton';

export function FigureItem(props: {
  view: FigureView;
  actions: PopupActions | null;
  page: MarkedPage | null;
}) {
  const { view, actions, page } = props;
  const { figure, verdict, key } = view;
  const marked = verdict === 'marked';
  const cut = excerpt(figure);
  const tag = figureTag(words, figureVerdict(figure));
  return (
    <li class={`item figure v-${verdict}`} data-testid="figure-item" data-verdict={verdict}>
      <div class="item-head">
        <span class={`tag t-${verdict}`} data-testid="figure-tag">
          {marked ? t('tagMarkedWrong') : tag}
        </span>
        <WrongButton
          marked={marked}
          label={figure.text}
          onToggle={
            actions && page
              ? (on) =>
                  void actions.setWrong(
                    page,
                    {
                      kind: 'figure',
                      key,
                      label: figure.text,
                      detail: `${tag}: ${figure.sentence}`,
                    },
                    on,
                  )
              : null
          }
        />
      </div>
      <button
        type="button"
        class="item-main excerpt"
        title={t('showInPage')}
        onClick={() => void actions?.reveal(figure.paragraph, figure.text)}
      >
        <span>
          {cut.before}
          {cut.figure ? <mark>{cut.figure}</mark> : null}
          {cut.after}
        </span>
      </button>
      <p class="reason" data-testid="figure-reason">
        {marked ? t('reasonMarked') : figureReason(words, figure)}
      </p>
    </li>
  );
}
