// The default knowledge base: the entries of ./knowledge-base/*.json, typed and checked once at load.
// The JSON files are data (written and reviewed apart from the code); malformed records are dropped
// by parseKnowledgeBase and reported by tests/unit/groups/knowledge-base.test.ts.

import africaMiddleEast from './knowledge-base/africa-middle-east.json';
import world from './knowledge-base/world.json';
import { parseKnowledgeBase } from './parse-knowledge-base';
import type { KnowledgeBase } from './types';

/** The raw records of every knowledge-base file, by file name (for validation). */
export const KNOWLEDGE_BASE_FILES: Readonly<Record<string, unknown>> = {
  'africa-middle-east.json': africaMiddleEast,
  'world.json': world,
};

export const DEFAULT_KNOWLEDGE_BASE: KnowledgeBase = Object.values(KNOWLEDGE_BASE_FILES).flatMap(
  (raw) => parseKnowledgeBase(raw),
);
