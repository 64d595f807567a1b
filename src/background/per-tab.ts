// One value per tab, for what the background keeps between a page's messages: bounded, the
// tab set least recently is dropped first (closed tabs are never told to us, so this is the bound).
export class PerTab<T> {
  private readonly byTab = new Map<number, T>();

  constructor(private readonly maxTabs: number) {}

  get(tabId: number | null): T | undefined {
    return tabId === null ? undefined : this.byTab.get(tabId);
  }

  set(tabId: number, value: T): void {
    this.byTab.delete(tabId);
    this.byTab.set(tabId, value);
    if (this.byTab.size > this.maxTabs) this.byTab.delete(this.byTab.keys().next().value as number);
  }

  delete(tabId: number | null): void {
    if (tabId !== null) this.byTab.delete(tabId);
  }
}
