// Constants that vite.config.ts defines at build time.

/** True in the builds made for the browser tests (dist/e2e-*). */
declare const __NEWSLENS_E2E__: boolean;
/**
 * True where the content script records its `newslens:*` User Timing entries: the builds for
 * the browser tests and the bench (dist/e2e-*), never the shipped ones (src/content/timing.ts).
 */
declare const __NEWSLENS_TIMING__: boolean;
/** Where Wikipedia summaries come from: https://en.wikipedia.org, or a local recorded server in e2e builds. */
declare const __NEWSLENS_WIKIPEDIA_BASE__: string;
