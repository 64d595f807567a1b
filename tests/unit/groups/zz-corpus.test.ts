import { it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { findGroups } from '/work/main/src/core/groups';
import { TEST_KB } from '/work/main/tests/unit/groups/test-knowledge-base';
it('x', () => {
  const m = JSON.parse(readFileSync('/work/shared/corpus/manifest.json', 'utf8')) as { id: string; articleBody?: string }[];
  const out: string[] = [];
  let t = 0;
  for (const page of m) {
    if (!page.id.startsWith('zyte-') || !page.articleBody) continue;
    const paras = page.articleBody.split(/\n+/).filter((l) => l.trim());
    const s = performance.now();
    const ents = findGroups(paras, { lang: 'en' });
    t += performance.now() - s;
    for (const e of ents) out.push(`${page.id}\t${e.summary ? 'KB' : 'NEW'}\t${e.kind}\t${e.name}\t${e.aliases.join(' | ')}\t${e.mentions}`);
  }
  writeFileSync('/tmp/corpus-groups.tsv', out.join('\n'));
  console.log('ms', t, out.length);
});
