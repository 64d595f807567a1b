import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { NAME_TAGGER_FILE } from '../src/shared/model-files.ts';

/**
 * Copies the models into the build as files of their own (models/…), so that the background and
 * the CLI load them when an article is first analysed instead of parsing them with their code: a
 * service worker may not import() a chunk, and a weights file in the script would be parsed at
 * every start.
 */
export function copyModels(): Plugin {
  return {
    name: 'newslens-copy-models',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: NAME_TAGGER_FILE,
        source: readFileSync('src/core/groups/tagger/tagger-weights.json'),
      });
    },
  };
}
