import { it } from 'vitest';
import { readFileSync } from 'node:fs';
import { findGroups } from '/work/main/src/core/groups';
import { TEST_KB } from '/work/main/tests/unit/groups/test-knowledge-base';
it('x', () => {
  const lines = readFileSync('/work/shared/samples/mali-attacks-as-published.txt', 'utf8').split('\n').filter((l) => l.trim());
  const seen = new Set<string>(); const skip = new Set<number>();
  lines.forEach((l, i) => { if (seen.has(l)) skip.add(i); seen.add(l); });
  console.log(JSON.stringify(findGroups(lines, { lang: 'en', skip }), null, 1));
});
