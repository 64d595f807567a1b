// The default knowledge base: the entries of ./knowledge-base/*.json, typed and checked once at load.
// The JSON files are data (written and reviewed apart from the code); malformed records are dropped
// by parseKnowledgeBase and reported by tests/unit/groups/knowledge-base.test.ts.

import africaMiddleEast from './knowledge-base/africa-middle-east.json';
import cars from './knowledge-base/cars.json';
import companies from './knowledge-base/companies.json';
import electronics from './knowledge-base/electronics.json';
import government from './knowledge-base/government.json';
import media from './knowledge-base/media.json';
import sportsNgos from './knowledge-base/sports-ngos.json';
import sportsTeams from './knowledge-base/sports-teams.json';
import techMedia from './knowledge-base/tech-media.json';
import universities from './knowledge-base/universities.json';
import world from './knowledge-base/world.json';
import { parseKnowledgeBase } from './parse-knowledge-base';
import type { KnowledgeBase } from './types';

/** The raw records of every knowledge-base file, by file name (for validation). */
export const KNOWLEDGE_BASE_FILES: Readonly<Record<string, unknown>> = {
  'africa-middle-east.json': africaMiddleEast,
  'world.json': world,
  'companies.json': companies,
  'media.json': media,
  'government.json': government,
  'universities.json': universities,
  'sports-ngos.json': sportsNgos,
  'sports-teams.json': sportsTeams,
  'cars.json': cars,
  'electronics.json': electronics,
  'tech-media.json': techMedia,
};

export const DEFAULT_KNOWLEDGE_BASE: KnowledgeBase = Object.values(KNOWLEDGE_BASE_FILES).flatMap(
  (raw) => parseKnowledgeBase(raw),
);
