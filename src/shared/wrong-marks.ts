// "Wrong?": the checks the reader marked wrong (a figure's flag, a group's card, a paragraph
// hidden as a repeat), kept in storage.local, one key per page, and never sent anywhere. The
// popup and the options page write them; the content script reads only its own page's key, to
// show a paragraph again and leave a figure unflagged. Each page's record carries a version, so a
// later shape can migrate what earlier versions stored (normalizePageMarks).

export type MarkKind = 'figure' | 'group' | 'repeat';

export interface WrongMark {
  kind: MarkKind;
  /** The item's identity within the page (markKey): stable across reloads. */
  key: string;
  /** What the reader saw: the figure, the group's name, the paragraph's first words. */
  label: string;
  /** More context for the options page: the figure's sentence, the verdict marked wrong. */
  detail?: string;
  /** When it was marked (ISO 8601). */
  at: string;
}

export interface PageMarks {
  version: typeof MARKS_VERSION;
  /** The page (pageAddress). */
  url: string;
  title: string | null;
  marks: WrongMark[];
}

export const MARKS_VERSION = 1;
/** storage.local keys: this prefix and the page's address. */
export const MARKS_PREFIX = 'wrong:';
/** Bounds on what one page's record holds (the oldest marks go first). */
const MAX_MARKS = 500;
const MAX_TEXT = 600;

/** Query parameters that only say where a link was shared from: the same article without them. */
const TRACKING_PARAM =
  /^(?:utm_.*|fbclid|gclid|dclid|mc_cid|mc_eid|ocid|cmpid|at_medium|at_campaign)$/i;

/** The page a mark belongs to: its http(s) address without fragment or tracking parameters. */
export function pageAddress(href: string): string | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  // The query is split by hand: the other parameters keep their bytes, and Firefox's content
  // scripts cannot iterate a URLSearchParams.
  const kept = url.search
    .slice(1)
    .split('&')
    .filter((pair) => pair !== '' && !TRACKING_PARAM.test(pair.split('=')[0] ?? ''));
  url.search = kept.length > 0 ? `?${kept.join('&')}` : '';
  return url.href;
}

export const marksKey = (address: string): string => `${MARKS_PREFIX}${address}`;

/**
 * A short fingerprint of a text (cyrb53, 53 bits in base 36), whitespace runs made one space:
 * a paragraph or a sentence is matched again on reload without keeping it whole in the key.
 */
export function fingerprint(text: string): string {
  const s = text.replace(/\s+/g, ' ').trim();
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** A figure's identity: its text in its sentence (two figures of one sentence differ). */
export const figureMarkKey = (f: { text: string; sentence: string }): string =>
  fingerprint(`${f.text}\n${f.sentence}`);
/** A group's identity: its knowledge-base id, else its name. */
export const groupMarkKey = (e: { id?: string | null; name: string }): string =>
  e.id ? `id:${e.id}` : `name:${e.name}`;
/** The mark "Wrong?" keeps for a group: its identity, its name, its kind as context. */
export const groupMark = (e: {
  id?: string | null;
  name: string;
  kind: string;
}): Omit<WrongMark, 'at'> => ({
  kind: 'group',
  key: groupMarkKey(e),
  label: e.name,
  detail: e.kind,
});
/** A repeat's identity: its paragraph's text. */
export const repeatMarkKey = (paragraph: string): string => fingerprint(paragraph);

/** One set of "kind:key" strings, for looking marks up. */
export function markSet(page: PageMarks | null): Set<string> {
  return new Set((page?.marks ?? []).map((m) => `${m.kind}:${m.key}`));
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string | null => (typeof v === 'string' ? v.slice(0, MAX_TEXT) : null);

function normalizeMark(raw: unknown): WrongMark | null {
  if (!isObject(raw)) return null;
  const kind = raw.kind;
  if (kind !== 'figure' && kind !== 'group' && kind !== 'repeat') return null;
  const key = text(raw.key);
  const label = text(raw.label);
  const at = text(raw.at);
  if (!key || label === null || at === null) return null;
  const detail = text(raw.detail);
  return { kind, key, label, ...(detail ? { detail } : {}), at };
}

/**
 * A stored page record brought to the current shape: unreadable marks are dropped, not the page.
 * Null for anything that is not one (or has no mark left).
 */
export function normalizePageMarks(raw: unknown): PageMarks | null {
  if (!isObject(raw) || typeof raw.url !== 'string' || !Array.isArray(raw.marks)) return null;
  // The options page links to it: an http(s) page address, nothing else.
  if (pageAddress(raw.url) !== raw.url) return null;
  // Version 1 is the first shape: a later one adds its migration here, as settings.ts does.
  const marks = raw.marks
    .map(normalizeMark)
    .filter((m): m is WrongMark => m !== null)
    .slice(-MAX_MARKS);
  if (marks.length === 0) return null;
  return { version: MARKS_VERSION, url: raw.url, title: text(raw.title), marks };
}

/** The part of storage.local the marks use. */
export interface MarksArea {
  get(keys?: string | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export async function loadPageMarks(area: MarksArea, address: string): Promise<PageMarks | null> {
  const key = marksKey(address);
  return normalizePageMarks((await area.get(key))[key]);
}

/** Writes from this page, one after another: two quick presses must not both read the old record. */
let writes: Promise<unknown> = Promise.resolve();

/**
 * Marks (`on`) or unmarks one item of a page; returns the page's marks as stored. A page with no
 * mark left leaves no key behind.
 */
export function setMark(
  area: MarksArea,
  page: { address: string; title: string | null },
  mark: Omit<WrongMark, 'at'>,
  on: boolean,
  now: Date = new Date(),
): Promise<PageMarks | null> {
  const next = writes.then(() => writeMark(area, page, mark, on, now));
  writes = next.catch(() => undefined);
  return next;
}

async function writeMark(
  area: MarksArea,
  page: { address: string; title: string | null },
  mark: Omit<WrongMark, 'at'>,
  on: boolean,
  now: Date,
): Promise<PageMarks | null> {
  const stored = await loadPageMarks(area, page.address);
  const others = (stored?.marks ?? []).filter((m) => m.kind !== mark.kind || m.key !== mark.key);
  const marks = on ? [...others, { ...mark, at: now.toISOString() }].slice(-MAX_MARKS) : others;
  const key = marksKey(page.address);
  if (marks.length === 0) {
    await area.remove(key);
    return null;
  }
  const next: PageMarks = {
    version: MARKS_VERSION,
    url: page.address,
    title: page.title ?? stored?.title ?? null,
    marks,
  };
  await area.set({ [key]: next });
  return next;
}

/** Every page's marks, most recently marked first (the options page). */
export async function loadAllMarks(area: MarksArea): Promise<PageMarks[]> {
  const all = await area.get(null);
  return Object.entries(all)
    .filter(([key]) => key.startsWith(MARKS_PREFIX))
    .map(([, value]) => normalizePageMarks(value))
    .filter((p): p is PageMarks => p !== null)
    .sort((a, b) => latest(b).localeCompare(latest(a)));
}

const latest = (p: PageMarks): string => p.marks.reduce((max, m) => (m.at > max ? m.at : max), '');

export async function deleteAllMarks(area: MarksArea): Promise<void> {
  const all = await area.get(null);
  const keys = Object.keys(all).filter((key) => key.startsWith(MARKS_PREFIX));
  if (keys.length > 0) await area.remove(keys);
}

/** The file "Export as JSON" saves: what the reader marked, and nothing else. */
export function exportMarks(pages: readonly PageMarks[], now: Date = new Date()): string {
  return `${JSON.stringify(
    {
      exported: now.toISOString(),
      about: 'Checks marked wrong in Newslens, kept on this device until exported.',
      pages: pages.map((p) => ({ url: p.url, title: p.title, marks: p.marks })),
    },
    null,
    2,
  )}\n`;
}
