// The shingle index of the repeat detector: for each shingle hash, the (paragraph, position)
// pairs where it occurs, in the order they were added, at most a fixed number per hash.
// Flat arrays of small integers with open addressing rather than a Map of small arrays: adding a
// paragraph's shingles was the detector's main cost, and the many small arrays kept the garbage
// collector busy (a long-lived Map pointing at new arrays).

const INITIAL_SLOTS = 64;
/** Slots are at most half full, so probes stay short. */
const MAX_LOAD = 0.5;
const NONE = -1;

export class ShinglePostings {
  /** Open-addressing table (a power of two long): slot → entry + 1, or 0 when empty. */
  private slots: number[] = new Array<number>(INITIAL_SLOTS).fill(0);
  /** Per entry: its hash, number of pairs, first and last pair. */
  private readonly keys: number[] = [];
  private readonly counts: number[] = [];
  private readonly heads: number[] = [];
  private readonly tails: number[] = [];
  /** Per pair: paragraph, position, next pair of the same entry (NONE at the end). */
  private readonly paragraphs: number[] = [];
  private readonly positions: number[] = [];
  private readonly nexts: number[] = [];

  constructor(private readonly maxPairsPerHash: number) {}

  /** The entry of `hash`, or NONE (-1) when the hash was never added. */
  find(hash: number): number {
    const mask = this.slots.length - 1;
    for (let slot = mix(hash) & mask; ; slot = (slot + 1) & mask) {
      const stored = this.slots[slot] ?? 0;
      if (stored === 0) return NONE;
      if (this.keys[stored - 1] === hash) return stored - 1;
    }
  }

  /** Pairs held for an entry. */
  count(entry: number): number {
    return this.counts[entry] ?? 0;
  }

  /** First pair of an entry; then `next(pair)`, NONE after the last one. */
  first(entry: number): number {
    return this.heads[entry] ?? NONE;
  }

  next(pair: number): number {
    return this.nexts[pair] ?? NONE;
  }

  paragraphOf(pair: number): number {
    return this.paragraphs[pair] ?? 0;
  }

  positionOf(pair: number): number {
    return this.positions[pair] ?? 0;
  }

  /** Records that the shingle `hash` occurs at `position` of `paragraph` (unless the hash is full). */
  add(hash: number, paragraph: number, position: number): void {
    let entry = this.find(hash);
    if (entry === NONE) {
      entry = this.keys.length;
      this.keys.push(hash);
      this.counts.push(0);
      this.heads.push(NONE);
      this.tails.push(NONE);
      if (this.keys.length > this.slots.length * MAX_LOAD) this.growSlots();
      else this.place(entry);
    } else if ((this.counts[entry] ?? 0) >= this.maxPairsPerHash) {
      return;
    }
    const pair = this.paragraphs.length;
    this.paragraphs.push(paragraph);
    this.positions.push(position);
    this.nexts.push(NONE);
    const tail = this.tails[entry] ?? NONE;
    if (tail === NONE) this.heads[entry] = pair;
    else this.nexts[tail] = pair;
    this.tails[entry] = pair;
    this.counts[entry] = (this.counts[entry] ?? 0) + 1;
  }

  private place(entry: number): void {
    const mask = this.slots.length - 1;
    let slot = mix(this.keys[entry] ?? 0) & mask;
    while ((this.slots[slot] ?? 0) !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = entry + 1;
  }

  /** Doubles the table and places every entry again (the new one included). */
  private growSlots(): void {
    this.slots = new Array<number>(this.slots.length * 2).fill(0);
    for (let entry = 0; entry < this.keys.length; entry++) this.place(entry);
  }
}

/** Spreads the hash bits over the low ones used as the slot (FNV hashes vary most in the high bits). */
function mix(hash: number): number {
  const h = Math.imul(hash ^ (hash >>> 16), 0x45d9f3b);
  return h ^ (h >>> 16);
}

/**
 * A set of hashes cleared in O(1) between uses (by a generation mark), for visiting each
 * distinct shingle of a paragraph once without allocating a Set per paragraph.
 */
export class SeenHashes {
  private keys: number[] = [];
  private marks: number[] = [];
  private mark = 0;

  /** Empties the set, sized for up to `expected` hashes. */
  reset(expected: number): void {
    this.mark++;
    if (this.keys.length < 2 * expected) {
      let size = INITIAL_SLOTS;
      while (size < 4 * expected) size *= 2;
      this.keys = new Array<number>(size).fill(0);
      this.marks = new Array<number>(size).fill(0);
      this.mark = 1;
    }
  }

  /** True the first time `hash` is added since the last reset. */
  add(hash: number): boolean {
    const mask = this.keys.length - 1;
    let slot = mix(hash) & mask;
    while (this.marks[slot] === this.mark) {
      if (this.keys[slot] === hash) return false;
      slot = (slot + 1) & mask;
    }
    this.marks[slot] = this.mark;
    this.keys[slot] = hash;
    return true;
  }
}
