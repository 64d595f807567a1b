// The models the CLI's analyses use, read once from the files the build put beside the CLI
// (dist/cli/models/). A model that cannot be read leaves its analysis to its rules.
import { readFileSync } from 'node:fs';
import type { AnalysisModels } from '../core/analyze';
import { createNameTagger, decodeWeights, type WeightsFile } from '../core/groups/tagger';
import { NAME_TAGGER_FILE } from '../shared/model-files';

let loaded: AnalysisModels | null = null;

export function analysisModels(): AnalysisModels {
  if (loaded === null) {
    try {
      const file = JSON.parse(
        readFileSync(new URL(`./${NAME_TAGGER_FILE}`, import.meta.url), 'utf8'),
      ) as WeightsFile;
      loaded = { nameTagger: createNameTagger(decodeWeights(file)) };
    } catch (err) {
      if (process.env.NEWSLENS_DEBUG) console.error('newslens: name tagger not loaded:', err);
      loaded = {};
    }
  }
  return loaded;
}
