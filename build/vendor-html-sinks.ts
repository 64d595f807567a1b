// Build-time rewrite of the raw HTML sinks in vendored code (issue #8: `web-ext lint` reports no
// warnings). Our own code may not touch `innerHTML` (eslint.config.js), but dependencies do:
//
// - Preact's diff assigns `dangerouslySetInnerHTML.__html` to `innerHTML`. Newslens never uses
//   that prop (a lint error in our code), so the assignment becomes a thrown Error: should it
//   ever be used, rendering fails loudly instead of writing HTML.
// - Readability caches the page as HTML before its first attempt and writes it back before each
//   retry (`page.innerHTML = pageCacheHtml`); it caches a deep clone of the page instead and
//   restores a fresh deep clone of that. `_unwrapNoscriptImages` re-parses a <noscript>'s HTML
//   into a <div>; it gets deep clones of the noscript's child nodes instead.
// - linkedom (bundled where extraction runs on a parsed copy of the page) is itself a DOM written
//   in JavaScript: its `innerHTML` setter calls its own parser, `setInnerHtml(el, html)`. Two of
//   its internals go through the setter (`htmlToFragment`, the `outerHTML` setter); they call
//   `setInnerHtml` directly instead, which is what the setter does. No browser parser is involved
//   either way, but the linter cannot know that an element is linkedom's.
//
// Each rewrite must match exactly once, and no module of these packages may assign `innerHTML` or
// `outerHTML` afterwards; otherwise the build fails. A dependency upgrade that moves or changes
// these sites is noticed, never silently shipped. `tests/unit/build/vendor-html-sinks.test.ts`
// checks the rewrites on the installed packages and that the rewritten code behaves the same.
import type { Plugin } from 'vite';

export interface SinkRewrite {
  /** The site, for the error message when it is not found. */
  site: string;
  /** The vendor code to replace; must occur exactly once in the file. Needs the `g` flag. */
  find: RegExp;
  /** Its sink-free equivalent (`$1`… refer to `find`'s groups). Adds no line. */
  replace: string;
}

export interface VendorFile {
  /** Package name, as under node_modules/. */
  pkg: string;
  /** The file inside the package. */
  file: string;
  rewrites: SinkRewrite[];
  /** Code the rewrites rely on (an import they call); each must occur exactly once. */
  requires?: { what: string; find: RegExp }[];
  /** Put before the first line (an import the rewrites need), on the same line. */
  prepend?: string;
}

const MARK = '/* newslens: no HTML sink, see build/vendor-html-sinks.ts */';

export const DANGEROUSLY_SET_INNER_HTML_ERROR = 'dangerouslySetInnerHTML is disabled in Newslens';

export const VENDOR_FILES: readonly VendorFile[] = [
  {
    pkg: 'preact',
    file: 'dist/preact.mjs',
    rewrites: [
      {
        // Minified: `h?(l||y&&(h.__html==y.__html||h.__html==t.innerHTML)||(t.innerHTML=h.__html),…`
        // (skipped when hydrating or when the HTML is unchanged). The reads there are comparisons.
        site: 'Preact diff: dangerouslySetInnerHTML assignment `(dom.innerHTML=newHtml.__html)`',
        find: /\(([\w$]+)\.innerHTML=([\w$]+)\.__html\)/g,
        replace: `(()=>{throw new Error(${JSON.stringify(DANGEROUSLY_SET_INNER_HTML_ERROR)})})()`,
      },
    ],
  },
  {
    pkg: '@mozilla/readability',
    file: 'Readability.js',
    rewrites: [
      {
        site: 'Readability._grabArticle: `var pageCacheHtml = page.innerHTML;`',
        find: /var pageCacheHtml\s*=\s*page\.innerHTML;/g,
        replace: `var pageCache = page.cloneNode(true); ${MARK}`,
      },
      {
        // The cache stays untouched, so every retry starts again from the page as it was.
        site: 'Readability._grabArticle retry: `page.innerHTML = pageCacheHtml;`',
        find: /page\.innerHTML\s*=\s*pageCacheHtml;/g,
        replace:
          'page.replaceChildren(); for (var pageRestored = pageCache.cloneNode(true); ' +
          `pageRestored.firstChild; ) page.appendChild(pageRestored.firstChild); ${MARK}`,
      },
      {
        // Only reached when `_isSingleImage(noscript)`: the noscript holds one element child (an
        // <img>, or an <img> inside single-child elements) and otherwise whitespace. That is,
        // its content was parsed as markup: linkedom (CLI, background), or a document with
        // scripting off (DOMParser). Cloning those nodes gives what re-parsing their HTML gave.
        // In a live browser document with scripting on, a noscript holds one text node,
        // `_isSingleImage` is false, and neither version gets here.
        site: 'Readability._unwrapNoscriptImages: `tmp.innerHTML = noscript.innerHTML;`',
        find: /([\w$]+)\.innerHTML\s*=\s*noscript\.innerHTML;/g,
        replace:
          'for (var noscriptChild = noscript.firstChild; noscriptChild; noscriptChild = ' +
          `noscriptChild.nextSibling) $1.appendChild(noscriptChild.cloneNode(true)); ${MARK}`,
      },
    ],
  },
  {
    pkg: 'linkedom',
    file: 'esm/shared/utils.js',
    prepend: "import {setInnerHtml} from '../mixin/inner-html.js'; ",
    rewrites: [
      {
        // `const elem = ownerDocument.createElement(''); elem.innerHTML = html;`
        site: 'linkedom htmlToFragment: `elem.innerHTML = html;`',
        find: /\b(elem)\.innerHTML\s*=\s*html;/g,
        replace: `setInnerHtml($1, html); ${MARK}`,
      },
    ],
  },
  {
    pkg: 'linkedom',
    file: 'esm/interface/element.js',
    requires: [
      {
        what: "`import {…setInnerHtml…} from '../mixin/inner-html.js'`",
        find: /import\s*\{[^}]*\bsetInnerHtml\b[^}]*\}\s*from\s*'\.\.\/mixin\/inner-html\.js';/g,
      },
      {
        what: 'the innerHTML setter `set innerHTML(html) { setInnerHtml(this, html); }`',
        find: /set innerHTML\(html\)\s*\{\s*setInnerHtml\(this, html\);\s*\}/g,
      },
    ],
    rewrites: [
      {
        // In `set outerHTML(html)`: `const template = this.ownerDocument.createElement('');`
        site: 'linkedom Element outerHTML setter: `template.innerHTML = html;`',
        find: /\b(template)\.innerHTML\s*=\s*html;/g,
        replace: `setInnerHtml($1, html); ${MARK}`,
      },
    ],
  },
];

/** An assignment (`=` or `+=`, not `==`) to innerHTML or outerHTML. */
export const HTML_SINK_ASSIGNMENT = /\.(?:inner|outer)HTML\s*\+?=(?!=)/;

const PACKAGES = [...new Set(VENDOR_FILES.map((v) => v.pkg))];

/** Module ids of the packages above (the transform hook's filter). */
export const VENDOR_ID = new RegExp(
  `[\\\\/]node_modules[\\\\/](?:${PACKAGES.map((p) => p.replace('/', '[\\\\/]')).join('|')})[\\\\/]`,
);

/** `{ pkg, file }` for a module of a package above, else null. */
export function vendorModule(id: string): { pkg: string; file: string } | null {
  const path = id.split('?')[0]!.replace(/\\/g, '/');
  const at = path.lastIndexOf('/node_modules/');
  if (at < 0) return null;
  const rest = path.slice(at + '/node_modules/'.length);
  const pkg = PACKAGES.find((p) => rest.startsWith(`${p}/`));
  return pkg ? { pkg, file: rest.slice(pkg.length + 1) } : null;
}

function countOf(code: string, pattern: RegExp): number {
  return code.match(pattern)?.length ?? 0;
}

/**
 * The module's code with its HTML sinks rewritten, or null when there is nothing to rewrite.
 * Throws when an expected site is missing or repeated, or when a sink is left in the package.
 */
export function rewriteVendorHtmlSinks(id: string, code: string): string | null {
  const mod = vendorModule(id);
  if (!mod) return null;
  const name = `${mod.pkg}/${mod.file}`;
  const changed = `${name} changed: check its HTML sinks and update build/vendor-html-sinks.ts.`;
  const target = VENDOR_FILES.find((v) => v.pkg === mod.pkg && v.file === mod.file);
  let out = code;
  for (const need of target?.requires ?? []) {
    const found = countOf(code, need.find);
    if (found !== 1) throw new Error(`Expected ${need.what} once, found ${found}. ${changed}`);
  }
  for (const rewrite of target?.rewrites ?? []) {
    const found = countOf(code, rewrite.find);
    if (found !== 1) throw new Error(`Expected ${rewrite.site} once, found ${found}. ${changed}`);
    out = out.replace(rewrite.find, rewrite.replace);
  }
  if (target?.prepend) out = target.prepend + out;
  const left = HTML_SINK_ASSIGNMENT.exec(out);
  if (left) {
    const line = out.slice(0, left.index).split('\n').length;
    const snippet = out.slice(Math.max(0, left.index - 30), left.index + 30).replace(/\s+/g, ' ');
    throw new Error(
      `${name}:${line} assigns HTML (…${snippet}…), which build/vendor-html-sinks.ts does not ` +
        'rewrite. Give it a sink-free rewrite there.',
    );
  }
  return target ? out : null;
}

/**
 * Vite plugin: rewrites the vendor sinks above in every build that bundles them (the extension
 * builds, the CLI). `enforce: 'pre'`: it sees each package's own source, before other transforms.
 */
export function vendorHtmlSinks(): Plugin {
  return {
    name: 'newslens-vendor-html-sinks',
    enforce: 'pre',
    transform: {
      filter: { id: VENDOR_ID },
      handler(code, id) {
        let out: string | null;
        try {
          out = rewriteVendorHtmlSinks(id, code);
        } catch (err) {
          return this.error((err as Error).message);
        }
        // Each edit stays on its line: the package's own source map (if any) still fits lines.
        return out === null ? null : { code: out, map: null };
      },
    },
  };
}
