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

  it.each([
    ['curly quotes for straight ones', (t: string) => t.replace(/"([^"]*)"/g, '\u201c$1\u201d')],
    ['a doubled space', (t: string) => t.replace(' ', '  ')],
    ['no-break spaces', (t: string) => t.replace(/ /g, '\u00a0')],
    ['a dash written " - "', (t: string) => t.replace(' \u2014 ', ' - ')],
    ['a dash written " -- "', (t: string) => t.replace(' \u2014 ', ' -- ')],
    ['an unspaced em dash', (t: string) => t.replace(' \u2014 ', '\u2014')],
    ['the final full stop dropped', (t: string) => t.replace(/\.$/, '')],
    ['the final full stop spaced', (t: string) => t.replace(/\.$/, ' .')],
    ['spaces around it', (t: string) => `  ${t} `],
  ])('a copy differing only in typography is exact: %s', (_, retype) => {
    const quoted =
      'The mayor said the plan was "fair to every district" \u2014 a claim the opposition disputed at length on Tuesday.';
    const copy = retype(quoted);
    expect(copy).not.toBe(quoted);
    const marks = findRepeats([quoted, LEAD, copy], null);
    expect(marks).toEqual([{ index: 2, duplicateOf: 0, repeat: { kind: 'exact', changes: [] } }]);
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

  it('compares with every title the page states, whichever one the body prints', () => {
    const page = {
      title: 'Council approves budget',
      titles: [
        'Council approves budget after long debate - The Gazette',
        'Budget passes at last: council votes 30 to 12',
      ],
      headlines: ['Council approves budget after long debate'],
    };
    for (const echo of [
      'Council approves budget after long debate',
      'Budget passes at last: council votes 30 to 12',
      'Council approves budget after long debate - The Gazette',
    ]) {
      expect(findRepeats([LEAD, echo, SECOND], page), echo).toEqual([
        { index: 1, duplicateOf: null, repeat: { kind: 'headline', changes: [] } },
      ]);
    }
  });

  it('marks the headline printed again as the first paragraph, when the page prints it as a heading', () => {
    const page = { title, headlines: [title] };
    expect(findRepeats([title, LEAD, SECOND], page)).toEqual([
      { index: 0, duplicateOf: null, repeat: { kind: 'headline', changes: [] } },
    ]);
    // The heading itself, kept in the body, is the page's visible headline: its copy is hidden.
    expect(findRepeats([title, title, LEAD], page, [0])).toEqual([
      { index: 1, duplicateOf: 0, repeat: { kind: 'exact', changes: [] } },
    ]);
    // No heading of the page states a title: the first paragraph may be its only headline.
    expect(findRepeats([title, LEAD, SECOND], { title, headlines: ['Local news'] })).toEqual([]);
    // But a copy of the page's <h1> is one, whatever its <title> says.
    const h1 = 'Budget row ends as council votes';
    expect(findRepeats([h1, LEAD, SECOND], { title, headlines: [h1] })).toEqual([
      { index: 0, duplicateOf: null, repeat: { kind: 'headline', changes: [] } },
    ]);
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

  it('marks a short sentence of an earlier paragraph printed again on its own, however short', () => {
    const earlier = `${LEAD} The ministry did not respond to a request for comment.`;
    const marks = findRepeats(
      [earlier, SECOND, 'The ministry did not respond to a request for comment.'],
      null,
    );
    expect(marks).toEqual([
      { index: 2, duplicateOf: 0, repeat: { kind: 'contained', changes: [] } },
    ]);
    // Two words, a quotation, a sentence printed again without its full stop.
    const short = `${SECOND} “We refused,” she said. The council met again on Friday.`;
    expect(findRepeats([short, LEAD, 'We refused'], null).map((m) => m.index)).toEqual([2]);
    const quoted = `${SECOND} She said: “Every district will get two new bus lines.” Then she left.`;
    expect(
      findRepeats([quoted, LEAD, '“Every district will get two new bus lines”'], null).map(
        (m) => m.repeat.kind,
      ),
    ).toEqual(['contained']);
    // A short pull quote printed twice: both copies are the sentence they quote.
    expect(
      findRepeats([short, LEAD, 'We refused', FOURTH, 'We refused.'], null).map((m) => [
        m.index,
        m.duplicateOf,
        m.repeat.kind,
      ]),
    ).toEqual([
      [2, 0, 'contained'],
      [4, 0, 'contained'],
    ]);
  });

  it('does not mark words of an earlier paragraph that are not a whole sentence', () => {
    const earlier = `${LEAD} The ministry did not respond to a request for comment.`;
    for (const part of [
      'did not respond to a request',
      'The ministry did not respond',
      'request for comment',
    ]) {
      expect(findRepeats([earlier, SECOND, part], null), part).toEqual([]);
    }
  });

  it('does not mark a heading, a single word or a line of figures found in an earlier paragraph', () => {
    const earlier = `${LEAD} Budget approved. Results: 12 votes (4 against).`;
    expect(findRepeats([earlier, SECOND, 'Budget approved'], null, [2])).toEqual([]);
    expect(findRepeats([`${LEAD} Approved.`, SECOND, 'Approved.'], null)).toEqual([]);
    expect(findRepeats([earlier, SECOND, 'Results: 12 votes (4 against).'], null)).toEqual([]);
    // Not a heading: hidden.
    expect(findRepeats([earlier, SECOND, 'Budget approved'], null)).toHaveLength(1);
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

describe('copies of copies', () => {
  it('a pull quote printed twice: both copies point at the paragraph they quote', () => {
    // The shortest sentence of THIRD, printed again on its own, twice.
    const quote = 'Construction firms have until March to submit their bids.';
    const marks = findRepeats([LEAD, THIRD, SECOND, quote, FOURTH, quote], null);
    expect(marks).toEqual([
      { index: 3, duplicateOf: 1, repeat: { kind: 'contained', changes: [] } },
      { index: 5, duplicateOf: 1, repeat: { kind: 'contained', changes: [] } },
    ]);
  });

  it('never points at a paragraph that is itself a repeat', () => {
    // Found by the fuzz test: an exact copy of a contained sentence pointed at that sentence,
    // itself hidden, so its first copy was hidden too.
    const said = '«‘“” he said’ he said» he said';
    const marks = findRepeats([`"${said}" he said`, said, said], null);
    const repeated = new Set(marks.map((m) => m.index));
    for (const m of marks)
      if (m.duplicateOf !== null) expect(repeated.has(m.duplicateOf)).toBe(false);
  });
});
