import { describe, expect, it } from 'vitest';
import { createRepeatDetector, findRepeatBlocks, findRepeats } from '../../../src/core/repeats';

// Texts written for these tests (no third-party text).
const LEAD =
  'The regional council approved a new budget on Tuesday after three weeks of debate, ' +
  'raising spending on schools and roads while cutting the cost of local transport passes.';
const SECOND =
  'Opposition members said the plan relied on optimistic tax forecasts and warned that ' +
  'the council could face a shortfall before the end of next year if growth slowed.';
const THIRD =
  'The mayor defended the budget in a short speech. She said that every district would ' +
  'receive at least two new bus lines and that the harbour bridge would be repaired by spring. ' +
  'Construction firms have until March to submit their bids.';
const FOURTH =
  'Residents who spoke to reporters outside the town hall were divided, with some welcoming ' +
  'the transport cuts and others worried about rising rents near the new bus lines.';

describe('exact repeats', () => {
  it('marks a later copy, pointing at the first copy', () => {
    const marks = findRepeats([LEAD, SECOND, THIRD, SECOND, SECOND], null);
    expect(marks).toEqual([
      { index: 3, duplicateOf: 1, repeat: { kind: 'exact', changes: [] } },
      { index: 4, duplicateOf: 1, repeat: { kind: 'exact', changes: [] } },
    ]);
  });

  it('matches copies that differ only in typography', () => {
    const typeset = SECOND.replace(/ /g, '\u00A0').replace('the', 'THE').replace(/\.$/, '');
    const marks = findRepeats([SECOND, LEAD, `\u200B${typeset}!`], null);
    expect(marks.map((m) => [m.index, m.duplicateOf, m.repeat.kind])).toEqual([[2, 0, 'exact']]);
  });

  it('reports nothing for an article without repeats', () => {
    expect(findRepeats([LEAD, SECOND, THIRD, FOURTH], 'Council approves budget')).toEqual([]);
  });
});

describe('headline echoes', () => {
  const title = 'Council approves budget after long debate';

  it('marks a body paragraph equal to the title once the body has begun', () => {
    const marks = findRepeats([LEAD, 'Council Approves Budget After Long Debate', SECOND], title);
    expect(marks).toEqual([
      { index: 1, duplicateOf: null, repeat: { kind: 'headline', changes: [] } },
    ]);
  });

  it('keeps a title-equal paragraph before any prose: it is the visible headline', () => {
    expect(findRepeats([title, LEAD, SECOND], title)).toEqual([]);
    const marks = findRepeats([title, LEAD, title, SECOND], title);
    expect(marks.map((m) => [m.index, m.duplicateOf, m.repeat.kind])).toEqual([[2, 0, 'exact']]);
  });

  it('does not match a too generic one-word title', () => {
    expect(findRepeats([LEAD, 'Live', SECOND], 'Live')).toEqual([]);
  });
});

describe('contained repeats', () => {
  const sentence =
    'She said that every district would receive at least two new bus lines and that the ' +
    'harbour bridge would be repaired by spring.';

  it('marks a sentence of an earlier paragraph printed again as its own paragraph', () => {
    const marks = findRepeats([LEAD, THIRD, FOURTH, sentence], null);
    expect(marks).toEqual([
      { index: 3, duplicateOf: 1, repeat: { kind: 'contained', changes: [] } },
    ]);
  });

  it('does not mark a short common phrase found inside a longer paragraph', () => {
    const earlier = `${LEAD} The ministry did not respond to a request for comment.`;
    expect(
      findRepeats(
        [earlier, SECOND, 'The ministry did not respond to a request for comment.'],
        null,
      ),
    ).toEqual([]);
  });

  it('does not mark a paragraph that extends an earlier one', () => {
    expect(findRepeats([SECOND, LEAD, `${SECOND} ${FOURTH}`], null)).toEqual([]);
    const slightlyLonger = SECOND.replace(/\.$/, ', a council spokesman said.');
    expect(findRepeats([SECOND, LEAD, slightlyLonger], null)).toEqual([]);
  });
});

describe('edited repeats', () => {
  it('marks a near-copy and lists exactly the changed words, as printed', () => {
    const later = LEAD.replace('three weeks', 'four weeks').replace(
      'local transport',
      'regional transport',
    );
    const marks = findRepeats([LEAD, SECOND, later], null);
    expect(marks).toEqual([
      {
        index: 2,
        duplicateOf: 0,
        repeat: {
          kind: 'edited',
          changes: [
            { from: 'three', to: 'four' },
            { from: 'local', to: 'regional' },
          ],
        },
      },
    ]);
  });

  it('reports dropped words with an empty "to"', () => {
    const later = LEAD.replace(' on Tuesday', '');
    const marks = findRepeats([LEAD, later], null);
    expect(marks[0]?.repeat).toEqual({ kind: 'edited', changes: [{ from: 'on Tuesday', to: '' }] });
  });

  it('does not mark a rewritten paragraph on the same topic', () => {
    const rewritten =
      'After three weeks of debate the regional council passed its budget on Tuesday, with ' +
      'more money for schools and roads and cheaper passes for local transport.';
    expect(findRepeats([LEAD, rewritten], null)).toEqual([]);
  });

  it('does not mark template sentences that differ in a name', () => {
    const vote = (name: string) => `Vote for ${name} on the last page of this contest!`;
    expect(findRepeats([vote('Anna'), LEAD, vote('Maria'), SECOND, vote('Olga')], null)).toEqual(
      [],
    );
  });
});

describe('short and templated text is never hidden', () => {
  const boilerplate = [
    'Advertisement',
    'Read more',
    'Photo: AFP',
    'By Jane Doe, Staff Writer',
    'Share this article',
    'Click here to get more information or download this game.',
  ];

  it('keeps repeated boilerplate lines', () => {
    const paragraphs = [LEAD, ...boilerplate, SECOND, ...boilerplate, THIRD, ...boilerplate];
    expect(findRepeats(paragraphs, null)).toEqual([]);
  });

  it('keeps a short line repeated right after itself', () => {
    expect(findRepeats([LEAD, 'Photo: AFP', 'Photo: AFP', SECOND], null)).toEqual([]);
  });

  it('keeps repeated questions (interview template) and lists of quantities', () => {
    const question =
      'What inspired you to start cooking for an audience, and what do you cook at home?';
    const answer = (n: number) => `${n === 1 ? LEAD : SECOND}`;
    const portion =
      'Portion: 1 cup rice, 2 eggs, 1 tbsp. oil, 1 tsp. salt, 4 oz. chicken, 1 green.';
    const paragraphs = [question, answer(1), portion, question, answer(2), portion];
    expect(findRepeats(paragraphs, null)).toEqual([]);
  });
});

describe('blocks', () => {
  it('reports a run of repeats copying a consecutive earlier run', () => {
    const signOff = 'For more local news, follow us on social media.';
    const paragraphs = [LEAD, SECOND, THIRD, signOff, FOURTH, SECOND, THIRD, signOff];
    const marks = findRepeats(paragraphs, null);
    expect(marks.map((m) => [m.index, m.duplicateOf])).toEqual([
      [5, 1],
      [6, 2],
      [7, 3],
    ]);
    expect(findRepeatBlocks(marks)).toEqual([{ start: 5, end: 8, sourceStart: 1 }]);
  });

  it('does not hide the short line when it is not inside a copied block', () => {
    const signOff = 'For more local news, follow us on social media.';
    expect(findRepeats([LEAD, signOff, SECOND, THIRD, signOff], null)).toEqual([]);
  });

  it('does not join repeats whose sources are not consecutive', () => {
    const marks = findRepeats([LEAD, SECOND, THIRD, THIRD, LEAD], null);
    expect(findRepeatBlocks(marks)).toEqual([]);
  });
});

describe('incremental detector', () => {
  it('classifies paragraphs as they arrive, numbering them in order of add', () => {
    const detector = createRepeatDetector(null);
    expect(detector.add(LEAD)).toBeNull();
    expect(detector.add('Advertisement')).toBeNull();
    expect(detector.add(SECOND)).toBeNull();
    expect(detector.size).toBe(3);
    expect(detector.add(LEAD)).toEqual({
      index: 3,
      duplicateOf: 0,
      repeat: { kind: 'exact', changes: [] },
    });
    expect(detector.size).toBe(4);
  });
});
