export function EmptyState({ title, detail }: { title: string; detail?: string }) {
  return (
    <div class="empty" data-testid="empty-state">
      <img src="/icons/icon-48.png" alt="" width={48} height={48} />
      <h1>{title}</h1>
      {detail ? <p>{detail}</p> : null}
    </div>
  );
}
