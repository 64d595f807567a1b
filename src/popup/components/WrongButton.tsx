// "Wrong?" on a figure, a group or a hidden paragraph, and "Undo" once marked. Each names its
// item for assistive technology ("Wrong? 30 soldiers"), the visible word first.
import { t } from '../../shared/i18n';

export function WrongButton(props: {
  marked: boolean;
  /** The item, as the reader sees it. */
  label: string;
  onToggle: ((on: boolean) => void) | null;
}) {
  const { marked, label, onToggle } = props;
  return (
    <button
      type="button"
      class={marked ? 'wrong undo' : 'wrong'}
      data-testid={marked ? 'undo-wrong' : 'wrong'}
      aria-label={marked ? t('undoLabel', label) : t('wrongLabel', label)}
      disabled={!onToggle}
      onClick={() => onToggle?.(!marked)}
    >
      {marked ? t('undo') : t('wrong')}
    </button>
  );
}
