// The readerable check alone: importing it from the package's index would bundle all of
// Readability into the content script, which no longer runs it (extraction is in the background).
declare module '@mozilla/readability/Readability-readerable.js' {
  import type { isProbablyReaderable } from '@mozilla/readability';
  // The file is CommonJS: `module.exports = isProbablyReaderable`.
  const check: typeof isProbablyReaderable;
  export default check;
}
