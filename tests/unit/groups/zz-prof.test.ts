import { it } from 'vitest';
import { createGroupFinder } from '../../../src/core/groups';
import { tokenize } from '../../../src/core/groups/tokens';
import { AliasTrie } from '../../../src/core/groups/alias-trie';
import { findOrganisationNames } from '../../../src/core/groups/organisation-names';
import { findAcronymDefinitions } from '../../../src/core/groups/acronym-definitions';
import { TEST_KB } from './test-knowledge-base';
const PIECE =
  "The Al-Qaeda-linked Jama'at Nusrat al-Islam wal (JNIM) and U.S. Africa Command's Malian " +
  'army met the National Electoral Commission of the Army of the Republic (NECAR) - - ( ) ’s ';
it('p', () => {
  const text = PIECE.repeat(Math.ceil(1e6 / PIECE.length)).slice(0, 1e6);
  const f = createGroupFinder(TEST_KB);
  for (let k = 0; k < 2; k++) {
  let t = performance.now();
  const toks = tokenize(text); console.log('tokenize', performance.now() - t, toks.length);
  t = performance.now(); const trie = new AliasTrie(); trie.add('Africa Command', 0); trie.scan(toks); console.log('scan', performance.now() - t);
  t = performance.now(); findOrganisationNames(toks, new Array(toks.length).fill(false), () => false); console.log('orgs', performance.now() - t);
  t = performance.now(); findAcronymDefinitions(text, toks); console.log('acr', performance.now() - t);
  t = performance.now(); f.find([text], { lang: 'en' }); console.log('find', performance.now() - t);
  }
});
