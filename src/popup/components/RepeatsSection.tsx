// "Repeated text": what was hidden, with Show / Hide again per item and for all.
import type { HiddenRepeat } from '../../shared/messages';
import type { PopupActions } from '../connector';
import { Section } from './Section';

const KIND_LABEL: Record<HiddenRepeat['kind'], string> = {
  exact: 'Printed twice',
  contained: 'Repeats part of an earlier paragraph',
  edited: 'Repeated with changes',
  headline: 'Repeats the headline',
};

function origin(r: HiddenRepeat): string {
  if (r.kind === 'headline') return 'the headline';
  return r.duplicateOf === null ? 'earlier text' : `paragraph ${r.duplicateOf + 1}`;
}

export function RepeatsSection({
  repeats,
  actions,
}: {
  repeats: HiddenRepeat[];
  actions: PopupActions | null;
}) {
  const hiddenNow = repeats.filter((r) => !r.visible).length;
  const summary =
    repeats.length === 0
      ? 'Nothing repeated'
      : `${repeats.length} paragraph${repeats.length === 1 ? '' : 's'} hidden${hiddenNow < repeats.length ? ` · ${repeats.length - hiddenNow} shown` : ''}`;
  return (
    <Section id="repeats" title="Repeated text" summary={summary}>
      {repeats.length === 0 ? (
        <p class="quiet">No paragraph is printed twice on this page.</p>
      ) : (
        <>
          <div class="row-actions">
            <button
              type="button"
              data-testid="repeats-toggle-all"
              onClick={() => void actions?.setRepeatVisible('all', hiddenNow > 0)}
            >
              {hiddenNow > 0 ? 'Show all' : 'Hide all again'}
            </button>
          </div>
          <ul class="items">
            {repeats.map((r) => (
              <li key={r.index} class="item" data-testid="repeat-item">
                <button
                  type="button"
                  class="item-main"
                  onClick={() => void actions?.reveal(r.index)}
                >
                  <span class="item-kind">
                    {KIND_LABEL[r.kind]} · ¶{r.index + 1} repeats {origin(r)}
                  </span>
                  <span class="item-text">{r.preview}</span>
                </button>
                {r.changes.length > 0 ? (
                  <ul class="changes" aria-label="What differs from the first copy">
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
                  {r.visible ? 'Hide again' : 'Show'}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </Section>
  );
}
