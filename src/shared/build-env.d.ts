// Constants that vite.config.ts defines at build time.

/** True in the builds made for the browser tests (dist/e2e-*). */
declare const __NEWSLENS_E2E__: boolean;
/** Where Wikipedia summaries come from: https://en.wikipedia.org, or a local recorded server in e2e builds. */
declare const __NEWSLENS_WIKIPEDIA_BASE__: string;
