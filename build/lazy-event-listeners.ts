// Build-time rewrite of linkedom's EventTarget so that a node's listener table is made when a
// listener is first added, not when the node is made. linkedom's constructor does
// `wm.set(this, new Map)` for every node, text and attribute it parses: one WeakMap entry and one
// empty Map each. A parsed news page is tens of thousands of nodes that never get a listener, and
// WeakMap entries are ephemerons, which V8's garbage collector handles one by one. jsdom (#4258)
// and happy-dom (#2271) made the same tables lazy for the same reason.
//
// Measured: the CPU time of three warm passes of the CLI's pipeline over the 157 corpus pages fell
// from 22.7–25.8 s to 12.7–16.5 s (three runs each, alternated; garbage-collector threads included).
//
// The listener table is still a WeakMap keyed by the node; only its creation moves. Every reader
// of the table already tolerates a missing one (`invokeListeners` checks `map &&`) except
// `removeEventListener`, which gets the same check. Each rewrite must match exactly once, or the
// build fails: a linkedom upgrade that changes this file is noticed, never silently shipped.
// `tests/unit/build/lazy-event-listeners.test.ts` checks the rewrite on the installed package and
// that events still reach their listeners.
import type { Plugin } from 'vite';

export const EVENT_TARGET_FILE = 'linkedom/esm/interface/event-target.js';

interface Rewrite {
  site: string;
  find: RegExp;
  replace: string;
}

const MARK = '/* newslens: lazy listener table, see build/lazy-event-listeners.ts */';

export const REWRITES: readonly Rewrite[] = [
  {
    site: 'DOMEventTarget constructor: `wm.set(this, new Map);`',
    find: /constructor\(\)\s*\{\s*wm\.set\(this, new Map\);\s*\}/g,
    replace: `constructor() { ${MARK} }`,
  },
  {
    site: 'addEventListener: `const map = wm.get(this);` then `if (!map.has(type))`',
    find: /(addEventListener\(type, listener, options\)\s*\{\s*)const map = wm\.get\(this\);/g,
    replace: '$1let map = wm.get(this); if (!map) wm.set(this, (map = new Map));',
  },
  {
    site: 'removeEventListener: `if (map.has(type))`',
    find: /(removeEventListener\(type, listener\)\s*\{\s*const map = wm\.get\(this\);\s*)if \(map\.has\(type\)\)/g,
    replace: '$1if (map && map.has(type))',
  },
];

function isEventTarget(id: string): boolean {
  return id.split('?')[0]!.replace(/\\/g, '/').endsWith(`/node_modules/${EVENT_TARGET_FILE}`);
}

/** linkedom's event-target module with lazy listener tables; throws if a site is not found once. */
export function rewriteEventTarget(code: string): string {
  let out = code;
  for (const rewrite of REWRITES) {
    const found = out.match(rewrite.find)?.length ?? 0;
    if (found !== 1) {
      throw new Error(
        `lazy-event-listeners: expected 1 ${rewrite.site} in ${EVENT_TARGET_FILE}, found ${found}`,
      );
    }
    out = out.replace(rewrite.find, rewrite.replace);
  }
  return out;
}

export function lazyEventListeners(): Plugin {
  return {
    name: 'newslens-lazy-event-listeners',
    enforce: 'pre',
    transform(code, id) {
      return isEventTarget(id) ? { code: rewriteEventTarget(code), map: null } : null;
    },
  };
}
