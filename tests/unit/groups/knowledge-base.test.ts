// Validates the bundled knowledge base (src/core/groups/knowledge-base/*.json) and checks the key
// sample article against it. Both parts need the JSON files; they fail, naming what is missing,
// when the files are missing.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  findGroups,
  GROUP_KINDS,
  lookupEntry,
  parseKnowledgeBase,
  type GroupEntity,
  type KnowledgeBase,
  type KnowledgeBaseEntry,
} from '../../../src/core/groups';
import { aliasKey } from '../../../src/core/groups/alias-key';
import { KNOWLEDGE_BASE_FILES } from '../../../src/core/groups/knowledge-base';
import { relationConflicts } from '../../../src/core/groups/relation-conflicts';

const KB_DIR = new URL('../../../src/core/groups/knowledge-base/', import.meta.url);
/** Every file of the folder, so that a new file is validated without being listed anywhere. */
const KB_FILES = existsSync(fileURLToPath(KB_DIR))
  ? readdirSync(fileURLToPath(KB_DIR))
      .filter((f) => f.endsWith('.json'))
      .sort()
  : [];
const SAMPLE = new URL('../../../../shared/samples/mali-attacks-as-published.txt', import.meta.url);
/** The knowledge base must cover at least this many groups to be worth shipping. */
const MIN_ENTRIES = 500;
const WIKIPEDIA_URL = /^https:\/\/en\.wikipedia\.org\/wiki\/\S+$/;
const GUIDE = new URL('../../../docs/KNOWLEDGE-BASE.md', import.meta.url);
/** The oldest asOf the guide allows (docs/KNOWLEDGE-BASE.md says why and when it moves). */
const OLDEST_AS_OF = '2025-12-01';
const QID = /^Q\d+$/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ALL_CAPS = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u;

const missing =
  KB_FILES.length === 0
    ? ['*.json']
    : KB_FILES.filter((f) => !existsSync(fileURLToPath(new URL(f, KB_DIR))));
const raw: unknown[] = missing.length
  ? []
  : KB_FILES.flatMap((f) => JSON.parse(readFileSync(new URL(f, KB_DIR), 'utf8')) as unknown[]);
const kb: KnowledgeBase = parseKnowledgeBase(raw);
const skipReason = `knowledge-base files missing: ${missing.join(', ')} (src/core/groups/knowledge-base/)`;
// No skipping: a knowledge base that is missing must fail these tests, not pass them empty.
const suite = describe;

/** Entries not reviewed yet (no asOf, no sources); the review removes them from the list. */
const awaitingReview = new Set(
  readFileSync(new URL('awaiting-review.txt', import.meta.url), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#')),
);

const commonWords = new Set(
  readFileSync(new URL('common-words.txt', import.meta.url), 'utf8')
    .split('\n')
    .map((l) => l.trim().toLowerCase())
    .filter((l) => l && !l.startsWith('#')),
);

/** The keys of the aliases an entry shares with others (compared as the matcher compares them). */
const sharedKeys = (entry: KnowledgeBaseEntry): Set<string> =>
  new Set((entry.sharedAliases ?? []).flatMap((s) => s.aliases.map(aliasKey)));

suite('knowledge base', () => {
  it('has its files, each one loaded by the extension and the CLI', () => {
    expect(missing, skipReason).toEqual([]);
    expect(KB_FILES).toEqual(Object.keys(KNOWLEDGE_BASE_FILES).sort());
  });

  it(`has at least ${MIN_ENTRIES} entries, all well-formed`, () => {
    // The records the parser drops, by their start, so that a failure names them.
    const dropped = raw.filter((record) => parseKnowledgeBase([record]).length === 0);
    expect(dropped.map((r) => JSON.stringify(r).slice(0, 80))).toEqual([]);
    expect(kb.length).toBeGreaterThanOrEqual(MIN_ENTRIES);
  });

  it('has unique slug ids', () => {
    const seen = new Set<string>();
    const duplicates = kb.filter((e) => (seen.has(e.id) ? true : (seen.add(e.id), false)));
    expect(duplicates.map((e) => e.id)).toEqual([]);
    expect(kb.filter((e) => !SLUG.test(e.id)).map((e) => e.id)).toEqual([]);
  });

  it('has unique names and aliases across entries, shared aliases aside', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const entry of kb) {
      const shared = sharedKeys(entry);
      const keys = new Set([entry.name, ...entry.aliases].map(aliasKey));
      for (const key of keys) {
        if (shared.has(key)) continue;
        const other = owner.get(key);
        if (other !== undefined && other !== entry.id)
          clashes.push(`"${key}": ${other} / ${entry.id}`);
        else owner.set(key, entry.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('marks a shared alias on every entry that has it, and shares it with another entry or meaning', () => {
    const problems: string[] = [];
    const sharers = new Map<string, KnowledgeBaseEntry[]>();
    for (const entry of kb) {
      for (const key of sharedKeys(entry)) sharers.set(key, [...(sharers.get(key) ?? []), entry]);
      // A spelling is either the entry's own alias or a shared one, not both.
      for (const alias of entry.aliases) {
        if (sharedKeys(entry).has(aliasKey(alias))) problems.push(`${entry.id}: "${alias}" twice`);
      }
    }
    for (const [key, entries] of sharers) {
      const ids = new Set(entries.map((e) => e.id));
      for (const entry of kb) {
        const plain = [entry.name, ...entry.aliases].map(aliasKey);
        if (!ids.has(entry.id) && plain.includes(key)) {
          problems.push(`"${key}" is shared but ${entry.id} has it as its own`);
        }
      }
      const otherMeanings = entries.some((e) =>
        (e.sharedAliases ?? []).some(
          (s) => s.aliases.some((a) => aliasKey(a) === key) && s.otherMeanings?.length,
        ),
      );
      if (ids.size < 2 && !otherMeanings) problems.push(`"${key}" is shared with nothing`);
    }
    expect(problems).toEqual([]);
  });

  it('gives each candidate of a shared alias context words of its own (shared ones decide nothing)', () => {
    const owners = new Map<string, Set<string>>();
    for (const entry of kb) {
      for (const shared of entry.sharedAliases ?? []) {
        const candidates = [
          { name: entry.id, context: shared.context },
          ...(shared.otherMeanings ?? []).map((m) => ({ name: m.meaning, context: m.context })),
        ];
        for (const alias of shared.aliases) {
          for (const { name, context } of candidates) {
            for (const phrase of context) {
              const key = `${aliasKey(alias)} / ${aliasKey(phrase)}`;
              owners.set(key, (owners.get(key) ?? new Set()).add(name));
            }
          }
        }
      }
    }
    const clashes = [...owners].filter(([, names]) => names.size > 1).map(([key]) => key);
    expect(clashes).toEqual([]);
  });

  it('has no alias that is a common English or French word', () => {
    const words: string[] = [];
    for (const entry of kb) {
      const shared = (entry.sharedAliases ?? []).flatMap((s) => s.aliases);
      // A name that is also a context alias counts only where the tagger reads an organisation.
      const everyday = new Set((entry.contextAliases ?? []).map(aliasKey));
      const name = everyday.has(aliasKey(entry.name)) ? [] : [entry.name];
      for (const alias of [...name, ...entry.aliases, ...shared]) {
        // All-caps aliases match only in capitals ("US" is not "us"), or in title case inside an
        // ordinary sentence ("Nato"), where a common word would be written in lower case.
        if (commonWords.has(alias.toLowerCase()) && !ALL_CAPS.test(alias)) {
          words.push(`${entry.id}: "${alias}"`);
        }
      }
    }
    expect(words).toEqual([]);
  });

  it('resolves every affiliation id', () => {
    const dangling = kb.flatMap((e) =>
      e.affiliations.filter((a) => !lookupEntry(kb, a.id)).map((a) => `${e.id} → ${a.id}`),
    );
    expect(dangling).toEqual([]);
  });

  it('has no two entries that state contradictory relations about each other', () => {
    expect(relationConflicts(kb)).toEqual([]);
  });

  it('dates every reviewed entry and gives it one to three sources; the rest await review', () => {
    const bad = kb.flatMap((e) => {
      const dated = e.asOf !== undefined && (e.sources?.length ?? 0) > 0;
      if (awaitingReview.has(e.id)) return dated ? [`${e.id}: reviewed, still listed`] : [];
      return dated ? [] : [`${e.id}: no asOf or no sources, and not listed as awaiting review`];
    });
    const ids = new Set(kb.map((e) => e.id));
    const unknown = [...awaitingReview]
      .filter((id) => !ids.has(id))
      .map((id) => `${id}: listed, no such entry`);
    expect([...bad, ...unknown]).toEqual([]);
  });

  it(`has no asOf older than ${OLDEST_AS_OF}, the oldest the guide allows`, () => {
    expect(readFileSync(GUIDE, 'utf8')).toContain(`\`${OLDEST_AS_OF}\``);
    const stale = kb.filter((e) => e.asOf !== undefined && e.asOf < OLDEST_AS_OF);
    expect(stale.map((e) => `${e.id}: ${e.asOf}`)).toEqual([]);
  });

  it('gives every entry a summary, an English Wikipedia link, a valid kind and a valid QID', () => {
    const kinds: ReadonlySet<string> = new Set(GROUP_KINDS);
    const bad = kb.flatMap((e) => {
      const problems: string[] = [];
      if (!e.summary.trim()) problems.push('empty summary');
      if (!WIKIPEDIA_URL.test(e.wikipedia)) problems.push(`link ${e.wikipedia}`);
      if (!kinds.has(e.kind)) problems.push(`kind ${e.kind}`);
      if (e.wikidata !== null && !QID.test(e.wikidata)) problems.push(`wikidata ${e.wikidata}`);
      return problems.map((p) => `${e.id}: ${p}`);
    });
    expect(bad).toEqual([]);
  });
});

suite('the Mali sample article', () => {
  const lines = readFileSync(SAMPLE, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '');
  // Lines printed twice are hidden in the page; the copies are skipped.
  const seen = new Set<string>();
  const skip = new Set<number>();
  lines.forEach((line, index) => {
    if (seen.has(line)) skip.add(index);
    seen.add(line);
  });
  const entities = findGroups(lines, { lang: 'en', skip });
  const written = (e: GroupEntity): string[] => [e.name, ...e.aliases];
  const named = (form: string): GroupEntity | undefined =>
    entities.find((e) => written(e).includes(form));

  it('finds JNIM with its long name as an alias', () => {
    const jnim = named('JNIM');
    expect(jnim?.kind).toBe('armed group');
    expect(written(jnim!).some((f) => f.startsWith("Jama'at Nusrat al-Islam"))).toBe(true);
    expect(jnim?.summary).toBeTruthy();
    expect(jnim?.url).toMatch(WIKIPEDIA_URL);
  });

  it('finds al-Qaeda, U.S. Africa Command and the Malian Armed Forces, each with a summary', () => {
    for (const form of ['al-Qaeda', 'U.S. Africa Command', "Mali's military"]) {
      const entity = named(form);
      expect(entity, form).toBeDefined();
      expect(entity?.summary, form).toBeTruthy();
    }
    expect(named("Mali's military")?.kind).toBe('military');
    expect(named("Mali's military")?.aliases).toContain('Malian military');
  });

  it('counts mentions only in paragraphs that are not repeats', () => {
    for (const entity of entities) {
      expect(entity.paragraphs?.some((p) => skip.has(p))).toBe(false);
    }
  });
});

suite('relations on the bundled cards', () => {
  it('read from each card’s side: Hamas has the Qassam Brigades as its armed wing, not the reverse', () => {
    const entities = findGroups(
      [
        'Hamas said on Tuesday that its armed wing, the Qassam Brigades, had located the remains of a hostage.',
      ],
      { lang: 'en' },
    );
    const relation = (from: string, to: string): string | undefined =>
      entities.find((e) => e.id === from)?.affiliations?.find((a) => a.id === to)?.relation;
    expect(relation('hamas', 'qassam-brigades')).toBe('has armed wing');
    expect(relation('qassam-brigades', 'hamas')).toBe('armed wing of');
  });
});
