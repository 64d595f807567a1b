// Turns the raw JSON of a knowledge-base file into typed entries. Entries with a missing or mistyped
// field, or a relation outside the vocabulary (relations.ts), are dropped (the knowledge-base test
// reports them), so one bad record cannot break the finder.

import { isRelation } from './relations';
import {
  GROUP_KINDS,
  type GroupKind,
  type KnowledgeBaseAffiliation,
  type KnowledgeBaseEntry,
  type KnowledgeBaseSource,
  type OtherMeaning,
  type SharedAlias,
} from './types';

const KINDS: ReadonlySet<string> = new Set(GROUP_KINDS);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const WEB_URL = /^https?:\/\/\S+$/;
/** More than three references is a reading list, not a check (docs/KNOWLEDGE-BASE.md). */
const MAX_SOURCES = 3;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

function isKind(value: unknown): value is GroupKind {
  return typeof value === 'string' && KINDS.has(value);
}

function parseAffiliations(value: unknown): KnowledgeBaseAffiliation[] | null {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return null;
  const out: KnowledgeBaseAffiliation[] = [];
  for (const item of value) {
    if (!isRecord(item) || typeof item.id !== 'string' || !isRelation(item.relation)) return null;
    out.push({ id: item.id, relation: item.relation });
  }
  return out;
}

/** A real calendar date written YYYY-MM-DD. */
function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** One to three sources, each an http(s) URL with a title. */
function parseSources(value: unknown): KnowledgeBaseSource[] | null {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.length < 1 || value.length > MAX_SOURCES) return null;
  const out: KnowledgeBaseSource[] = [];
  for (const item of value) {
    if (!isRecord(item) || typeof item.url !== 'string' || !WEB_URL.test(item.url)) return null;
    if (typeof item.title !== 'string' || item.title.trim() === '') return null;
    if (!(item.date === undefined || isIsoDate(item.date))) return null;
    out.push({ url: item.url, title: item.title, ...(item.date ? { date: item.date } : {}) });
  }
  return out;
}

function isPhraseList(value: unknown): value is string[] {
  return isStringArray(value) && value.length > 0 && value.every((v) => v.trim() !== '');
}

function parseOtherMeanings(value: unknown): OtherMeaning[] | null {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return null;
  const out: OtherMeaning[] = [];
  for (const item of value) {
    if (!isRecord(item) || typeof item.meaning !== 'string' || !isPhraseList(item.context))
      return null;
    out.push({ meaning: item.meaning, context: item.context });
  }
  return out;
}

/** Shared aliases need context words: without them the alias could never give a card. */
function parseSharedAliases(value: unknown): SharedAlias[] | null {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return null;
  const out: SharedAlias[] = [];
  for (const item of value) {
    if (!isRecord(item) || !isPhraseList(item.aliases) || !isPhraseList(item.context)) return null;
    const otherMeanings = parseOtherMeanings(item.otherMeanings);
    if (otherMeanings === null) return null;
    out.push({
      aliases: item.aliases,
      context: item.context,
      ...(otherMeanings.length ? { otherMeanings } : {}),
    });
  }
  return out;
}

/** One entry, or null when the record does not fit the schema. */
export function parseKnowledgeBaseEntry(value: unknown): KnowledgeBaseEntry | null {
  if (!isRecord(value)) return null;
  const { id, wikidata, name, aliases, kind, summary, wikipedia, country } = value;
  const affiliations = parseAffiliations(value.affiliations);
  const sharedAliases = parseSharedAliases(value.sharedAliases);
  const sources = parseSources(value.sources);
  if (sharedAliases === null || sources === null) return null;
  if (!(value.asOf === undefined || isIsoDate(value.asOf))) return null;
  if (typeof id !== 'string' || typeof name !== 'string' || !isKind(kind)) return null;
  if (typeof summary !== 'string' || typeof wikipedia !== 'string' || affiliations === null)
    return null;
  if (!(wikidata === null || wikidata === undefined || typeof wikidata === 'string')) return null;
  if (!(country === null || country === undefined || typeof country === 'string')) return null;
  if (!(aliases === undefined || isStringArray(aliases))) return null;
  const contextAliases = value.contextAliases;
  if (!(contextAliases === undefined || isStringArray(contextAliases))) return null;
  return {
    id,
    wikidata: wikidata ?? null,
    name,
    aliases: aliases ?? [],
    ...(sharedAliases.length ? { sharedAliases } : {}),
    ...(contextAliases?.length ? { contextAliases } : {}),
    kind,
    summary,
    affiliations,
    wikipedia,
    country: country ?? null,
    ...(isIsoDate(value.asOf) ? { asOf: value.asOf } : {}),
    ...(sources.length ? { sources } : {}),
  };
}

/** Every well-formed entry of a knowledge-base file (an array of records). */
export function parseKnowledgeBase(raw: unknown): KnowledgeBaseEntry[] {
  if (!Array.isArray(raw)) return [];
  const entries: KnowledgeBaseEntry[] = [];
  for (const record of raw) {
    const entry = parseKnowledgeBaseEntry(record);
    if (entry) entries.push(entry);
  }
  return entries;
}
