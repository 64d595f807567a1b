// "Repeated text": what was hidden, with Show / Hide again per item and for all.
import { t, tn, type MessageKey } from '../../shared/i18n';
import type { HiddenRepeat } from '../../shared/messages';
import type { PopupActions } from '../connector';
import { Section } from './Section';

const KIND_LABEL: Record<HiddenRepeat['kind'], MessageKey> = {
  exact: 'kindExact',
  contained: 'kindContained',
  edited: 'kindEdited',
  headline: 'kindHeadline',
};

function origin(r: HiddenRepeat): string {
  if (r.kind === 'headline') return t('originHeadline');
  return r.duplicateOf === null ? t('originEarlier') : t('originParagraph', r.duplicateOf + 1);
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
      ? t('nothingRepeated')
      : tn(repeats.length, 'repeatsHiddenOne', 'repeatsHiddenOther') +
        (hiddenNow < repeats.length ? t('repeatsShown', repeats.length - hiddenNow) : '');
  return (
    <Section id="repeats" title={t('sectionRepeats')} summary={summary}>
      {repeats.length === 0 ? (
        <p class="quiet">{t('noRepeats')}</p>
      ) : (
        <>
          <div class="row-actions">
            <button
              type="button"
              data-testid="repeats-toggle-all"
              onClick={() => void actions?.setRepeatVisible('all', hiddenNow > 0)}
            >
              {hiddenNow > 0 ? t('showAll') : t('hideAllAgain')}
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
                    {t('repeatLine', t(KIND_LABEL[r.kind]), r.index + 1, origin(r))}
                  </span>
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
            ))}
          </ul>
        </>
      )}
    </Section>
  );
}
