// "Figures": each figure with its source, or the plain fact that none is given.
import type { ReportFigure } from '../../core/report';
import { t, tn } from '../../shared/i18n';
import type { PopupActions } from '../connector';
import { Section } from './Section';

export function FiguresSection(props: {
  figures: ReportFigure[];
  underline: boolean;
  actions: PopupActions | null;
}) {
  const { figures, actions } = props;
  const sourced = figures.filter((f) => f.attributed).length;
  const summary = tn(
    figures.length,
    'figuresSummaryOne',
    'figuresSummaryOther',
    sourced,
    figures.length - sourced,
  );
  return (
    <Section id="figures" title={t('sectionFigures')} summary={summary}>
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
      {figures.length === 0 ? (
        <p class="quiet">{t('noFigures')}</p>
      ) : (
        <ul class="items">
          {figures.map((f, i) => (
            <li
              key={i}
              class={`item figure ${f.attributed ? 'sourced' : 'unsourced'}`}
              data-testid="figure-item"
            >
              <button
                type="button"
                class="item-main"
                onClick={() => void actions?.reveal(f.paragraph, f.text)}
              >
                <span class="figure-text">{f.text}</span>
                <span class="item-text">{f.sentence}</span>
                <span class="figure-source" data-testid="figure-source">
                  {f.attributed ? (
                    <>
                      {f.vague ? <span class="tag vague">{t('vagueSource')}</span> : null}
                      {f.source ?? t('unnamedSource')}
                      {f.cue ? <span class="cue"> ({f.cue})</span> : null}
                    </>
                  ) : (
                    <span class="tag none">{t('noSourceGiven')}</span>
                  )}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
