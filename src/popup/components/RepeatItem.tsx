// One paragraph the page prints twice: what kind of repeat, its first words (a click shows its
// place in the page), what changed, Show / Hide again, and "Wrong?" (it is no repeat).
import { t, words } from '../../shared/i18n';
import type { HiddenRepeat } from '../../shared/messages';
import { repeatKind } from '../../shared/reasons';
import type { PopupActions } from '../connector';
import { WrongButton } from './WrongButton';

export function RepeatItem(props: {
  repeat: HiddenRepeat;
  actions: PopupActions | null;
  onWrong: ((on: boolean) => void) | null;
}) {
  const { repeat: r, actions } = props;
  return (
    <li class="item repeat" data-testid="repeat-item">
      <div class="item-head">
        <span class="item-kind">{repeatKind(words, r.kind)}</span>
        <WrongButton marked={false} label={r.preview} onToggle={props.onWrong} />
      </div>
      <button
        type="button"
        class="item-main"
        title={t('showInPage')}
        onClick={() => void actions?.reveal(r.index)}
      >
        <span class="item-text">{r.preview}</span>
      </button>
      {r.changes.length > 0 ? (
        <ul class="changes" aria-label={t('changesLabel')}>
          {r.changes.map((c, i) => (
            <li key={i}>
              <del>{c.from || '∅'}</del> → <ins>{c.to || '∅'}</ins>
            </li>
          ))}
        </ul>
      ) : null}
      <button
        type="button"
        class="item-toggle"
        data-testid="repeat-toggle"
        onClick={() => void actions?.setRepeatVisible(r.index, !r.visible)}
      >
        {r.visible ? t('hideAgain') : t('show')}
      </button>
    </li>
  );
}
