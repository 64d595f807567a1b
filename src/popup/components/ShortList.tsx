// A list that shows its first few items and "Show all N" for the rest, so a long section does
// not push the next one out of the popup. One item more than the limit is shown, not folded.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '../../shared/i18n';

export function ShortList<T>(props: {
  items: readonly T[];
  limit: number;
  render: (item: T, index: number) => ComponentChildren;
  class: string;
  testId: string;
  /** Shows every item (e.g. when a link points at one beyond the limit). */
  expanded?: boolean;
  onExpand?: (all: boolean) => void;
}) {
  const [own, setOwn] = useState(false);
  const all = props.expanded ?? own;
  const folds = props.items.length > props.limit + 1;
  const shown = all || !folds ? props.items : props.items.slice(0, props.limit);
  const toggle = (): void => {
    setOwn(!all);
    props.onExpand?.(!all);
  };
  return (
    <>
      <ul class={props.class}>{shown.map(props.render)}</ul>
      {folds ? (
        <button
          type="button"
          class="link show-all"
          aria-expanded={all}
          data-testid={`${props.testId}-show-all`}
          onClick={toggle}
        >
          {all ? t('showFewer') : t('showAllCount', props.items.length)}
        </button>
      ) : null}
    </>
  );
}
