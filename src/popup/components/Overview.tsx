// The popup's first lines: one per finding, each a link to its section, in the sections' order
// (figures and, when some disagree, those; groups; hidden text), then the help. It fits the top of a 400 × 600 popup.
import { t, words } from '../../shared/i18n';
import { conflictsLine, figuresLine, groupsLine, repeatsLine } from '../../shared/reasons';
import type { Findings } from '../findings';
import { HowItWorks } from './HowItWorks';

/** The section's <details> (the target's own, or the one around it) is opened before the link scrolls to it. */
function openSection(id: string): void {
  const section = document.getElementById(id)?.closest('details');
  if (section) section.open = true;
}

function Line(props: { id: string; tone: 'warn' | 'claim' | 'plain'; text: string }) {
  return (
    <li>
      <a
        href={`#${props.id}`}
        class={`overview-line ${props.tone}`}
        data-testid={`overview-${props.id}`}
        onClick={() => openSection(props.id)}
      >
        <span class="dot" aria-hidden="true" />
        {props.text}
      </a>
    </li>
  );
}

export function Overview({ findings: f }: { findings: Findings }) {
  const c = f.figureCounts;
  return (
    <nav class="overview" aria-label={t('overviewLabel')} data-testid="overview">
      <ul>
        <Line
          id="figures"
          tone={c.unsourced > 0 ? 'warn' : c.party + c.vague > 0 ? 'claim' : 'plain'}
          text={figuresLine(words, c, f.figuresMarked)}
        />
        {f.conflicts.length > 0 ? (
          <Line id="conflicts" tone="warn" text={conflictsLine(words, f.conflicts.length)} />
        ) : null}
        <Line
          id="groups"
          tone="plain"
          text={groupsLine(words, f.groups.length, f.groupsMarked.length)}
        />
        <Line
          id="repeats"
          tone="plain"
          text={repeatsLine(words, {
            hidden: f.hidden,
            shown: f.shown,
            marked: f.repeatsMarked.length,
          })}
        />
      </ul>
      <HowItWorks />
    </nav>
  );
}
