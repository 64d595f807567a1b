// The models the CLI's analyses use, read once from the files the build put beside the CLI
// (dist/cli/models/), or from src/ when the CLI runs from source (tests, the bench). A model that
// cannot be read leaves its analysis to its rules, and the CLI says so once on stderr.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AnalysisModels } from '../core/analyze';
import { createNameTagger, decodeWeights, type WeightsFile } from '../core/groups/tagger';
import { NAME_TAGGER_FILE } from '../shared/model-files';

/** Where the weights may be: beside the built CLI, or in the source tree. */
const NAME_TAGGER_PLACES = [
  new URL(`./${NAME_TAGGER_FILE}`, import.meta.url),
  new URL('../core/groups/tagger/tagger-weights.json', import.meta.url),
];

let loaded: AnalysisModels | null = null;

export function analysisModels(warn: (line: string) => void): AnalysisModels {
  if (loaded !== null) return loaded;
  const place = NAME_TAGGER_PLACES.find((url) => existsSync(fileURLToPath(url)));
  try {
    if (place === undefined) throw new Error(`${NAME_TAGGER_FILE} not found`);
    const file = JSON.parse(readFileSync(place, 'utf8')) as WeightsFile;
    loaded = { nameTagger: createNameTagger(decodeWeights(file)) };
  } catch (err) {
    warn(
      `newslens: the name tagger could not be loaded (${err instanceof Error ? err.message : String(err)}); groups come from the knowledge base and rules only\n`,
    );
    loaded = {};
  }
  return loaded;
}
