// The extension's words (popup, options, the marks and tooltip in the page, the badge) and the
// CLI's, which reads the English file: English and French have the same keys and the same
// substitutions, and every key the code asks for exists.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
type Messages = Record<string, { message: string }>;
const read = (lang: string): Messages =>
  JSON.parse(readFileSync(`${ROOT}public/_locales/${lang}/messages.json`, 'utf8')) as Messages;
const en = read('en');
const fr = read('fr');
const subs = (m: string): string[] => [...new Set(m.match(/\$\d/g) ?? [])].sort();

function sources(dir: string): string[] {
  return readdirSync(`${ROOT}${dir}`, { recursive: true })
    .map(String)
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => readFileSync(`${ROOT}${dir}/${f}`, 'utf8'));
}
const code = sources('src').join('\n');
/** t('key', …), tn(n, 'one', 'other', …) and keys listed as MessageKey values ('key' in maps). */
const usedKeys = new Set([
  ...[...code.matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)].map((m) => m[1] as string),
  ...[...code.matchAll(/\btn\([^,]+,\s*'([A-Za-z0-9_]+)',\s*'([A-Za-z0-9_]+)'/g)].flatMap((m) => [
    m[1] as string,
    m[2] as string,
  ]),
]);
const manifestKeys = [
  ...readFileSync(`${ROOT}manifest/manifest.json`, 'utf8').matchAll(/__MSG_([A-Za-z0-9_]+)__/g),
].map((m) => m[1] as string);

describe('locales', () => {
  it('English and French have the same keys', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
  });

  it('each French message takes the same substitutions as the English one', () => {
    const differ = Object.keys(en).filter(
      (k) =>
        JSON.stringify(subs(en[k]?.message ?? '')) !== JSON.stringify(subs(fr[k]?.message ?? '')),
    );
    expect(differ).toEqual([]);
  });

  it('no message is empty', () => {
    const empty = [...Object.entries(en), ...Object.entries(fr)].filter(
      ([, v]) => !v.message.trim(),
    );
    expect(empty).toEqual([]);
  });

  it('every key used in src/ and the manifest exists', () => {
    expect(usedKeys.size).toBeGreaterThan(40);
    const missing = [...usedKeys, ...manifestKeys].filter((k) => !(k in en));
    expect(missing).toEqual([]);
  });

  it('every message is used somewhere', () => {
    const all = code + readFileSync(`${ROOT}manifest/manifest.json`, 'utf8');
    const unused = Object.keys(en).filter(
      (k) => !all.includes(`'${k}'`) && !all.includes(`__MSG_${k}__`),
    );
    expect(unused).toEqual([]);
  });
});
