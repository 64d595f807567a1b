// The models the background's analyses use, fetched from the extension's own files the first time
// an article is analysed and kept for the life of the background. A model that fails to load
// leaves its analysis to its rules: the report still comes.
import type { AnalysisModels } from '../core/analyze';
import { createNameTagger, decodeWeights, type WeightsFile } from '../core/groups/tagger';
import browser from '../shared/browser';
import { NAME_TAGGER_FILE } from '../shared/model-files';

let loading: Promise<AnalysisModels> | null = null;

export function analysisModels(): Promise<AnalysisModels> {
  loading ??= fetch(browser.runtime.getURL(NAME_TAGGER_FILE))
    .then((response) => response.json() as Promise<WeightsFile>)
    .then((file) => ({ nameTagger: createNameTagger(decodeWeights(file)) }))
    .catch((err: unknown) => {
      console.debug('[newslens] name tagger not loaded', err);
      return {};
    });
  return loading;
}
