import { it } from 'vitest';
import { findGroups } from '../../../src/core/groups';
it('d', () => {
  for (const p of [
    ['Fighters from the Coordination of Azawad Movements (CMA) entered the town.', 'The CMA later said its men had withdrawn. CMA officials gave no toll.'],
    ['A filing with the Securities and Exchange Commission showed it.', 'Labour Party Chairman Ian Byrne and Interior Ministry Spokesman Ali Said both declined.'],
  ]) console.log(JSON.stringify(findGroups(p, { lang: 'en', knowledgeBase: [] }).map((e) => [e.name, e.aliases, e.mentions])));
});
