import type { ComponentChildren } from 'preact';

/** One collapsible section of the popup (a native <details>, so keyboard use comes free). */
export function Section(props: {
  id: string;
  title: string;
  summary: string;
  children?: ComponentChildren;
}) {
  return (
    <details class="section" id={props.id} open data-testid={`section-${props.id}`}>
      <summary>
        <span class="section-title">{props.title}</span>
        <span class="section-summary" data-testid={`summary-${props.id}`}>
          {props.summary}
        </span>
      </summary>
      <div class="section-body">{props.children}</div>
    </details>
  );
}
