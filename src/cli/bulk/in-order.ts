// Outcomes arrive in the order pages finish; the output is in input order. Each is held until
// every page before it is out.
export class InOrder<T> {
  private readonly held = new Map<number, T>();
  private nextIndex = 0;

  constructor(private readonly emit: (value: T, index: number) => void) {}

  /** How many have been emitted (the index of the one awaited next). */
  get emitted(): number {
    return this.nextIndex;
  }

  put(index: number, value: T): void {
    this.held.set(index, value);
    for (
      let v = this.held.get(this.nextIndex);
      v !== undefined;
      v = this.held.get(this.nextIndex)
    ) {
      this.held.delete(this.nextIndex);
      this.emit(v, this.nextIndex);
      this.nextIndex += 1;
    }
  }
}
