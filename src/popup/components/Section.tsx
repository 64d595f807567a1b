import type { ComponentChildren } from 'preact';

/**
 * One collapsible section of the popup (a native <details>, so keyboard use comes free). Its
 * heading gives the count only: the overview above already says what was found.
 */
export function Section(props: {
  id: string;
  title: string;
  count: number;
  children?: ComponentChildren;
}) {
  return (
    <details class="section" id={props.id} open data-testid={`section-${props.id}`}>
      <summary>
        <span class="section-title">{props.title}</span>
        <span class="section-count" data-testid={`count-${props.id}`}>
          {props.count}
        </span>
      </summary>
      <div class="section-body">{props.children}</div>
    </details>
  );
}
