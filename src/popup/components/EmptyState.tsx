import type { ComponentChildren } from 'preact';

export function EmptyState({
  title,
  detail,
  children,
  testId = 'empty-state',
}: {
  title: string;
  detail?: string;
  children?: ComponentChildren;
  testId?: string;
}) {
  return (
    <div class="empty" data-testid={testId}>
      <img src="/icons/icon-48.png" alt="" width={48} height={48} />
      <h1>{title}</h1>
      {detail ? <p>{detail}</p> : null}
      {children}
    </div>
  );
}
