// Where the built extension and CLI keep the models they load at run time (build/copy-models.ts
// writes them there from src/).
export const NAME_TAGGER_FILE = 'models/tagger-weights.json';
