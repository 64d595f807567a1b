// Every kind of repeat in non-Latin scripts: right-to-left (Arabic, Hebrew), unspaced (Chinese,
// Japanese), Cyrillic and Devanagari. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { findRepeats } from '../../../src/core/repeats';

interface ScriptCase {
  name: string;
  /** Two unrelated prose paragraphs. */
  first: string;
  second: string;
  /** A word (or character) of `first` and its replacement for an edited copy. */
  from: string;
  to: string;
  /** A sentence of `first`. */
  sentence: string;
}

const ARABIC_SENTENCE =
  'وقال المتحدث باسم الجيش إن القوات صدت هجوما على ثلاث قواعد عسكرية في شمال البلاد صباح الأحد.';
const HEBREW_SENTENCE =
  'דובר הצבא אמר כי הכוחות הדפו מתקפה על שלושה בסיסים בצפון המדינה ביום ראשון בבוקר ולא דווח על נפגעים.';
const CHINESE_SENTENCE =
  '军方发言人表示，部队在周日早上击退了对北部三个军事基地的袭击，但没有说明己方是否有人员伤亡。';
const JAPANESE_SENTENCE =
  '政府は日曜日の朝、北部の三つの軍事基地に対する攻撃を撃退したと発表したが、死傷者の数は明らかにしなかった。';
const RUSSIAN_SENTENCE =
  'Представитель армии заявил, что войска отразили нападение на три военные базы на севере страны в воскресенье утром.';
const HINDI_SENTENCE =
  'सेना के प्रवक्ता ने कहा कि सैनिकों ने रविवार सुबह देश के उत्तर में तीन सैन्य ठिकानों पर हुए हमले को नाकाम कर दिया।';

const CASES: ScriptCase[] = [
  {
    name: 'Arabic (RTL)',
    first: `${ARABIC_SENTENCE} وأضاف أن ثلاثين جنديا قتلوا خلال المعارك التي استمرت حتى المساء.`,
    second:
      'وفي العاصمة دعا رئيس الوزراء الأحزاب السياسية إلى الحوار وتشكيل حكومة وحدة وطنية قبل نهاية الشهر المقبل.',
    from: 'ثلاثين',
    to: 'أربعين',
    sentence: ARABIC_SENTENCE,
  },
  {
    name: 'Hebrew (RTL)',
    first: `${HEBREW_SENTENCE} לדבריו שלושים חיילים נפצעו קל במהלך הלחימה שנמשכה עד הערב.`,
    second:
      'בבירה קרא ראש הממשלה למפלגות לפתוח בשיחות ולהקים ממשלת אחדות לאומית לפני סוף החודש הבא.',
    from: 'שלושים',
    to: 'ארבעים',
    sentence: HEBREW_SENTENCE,
  },
  {
    name: 'Chinese (unspaced)',
    first: `${CHINESE_SENTENCE}他还说，战斗一直持续到傍晚，当地居民被要求留在家中。`,
    second:
      '与此同时，总理在首都呼吁各政党展开对话，并在下个月底之前组建一个民族团结政府，以结束长期的政治危机。',
    from: '三',
    to: '四',
    sentence: CHINESE_SENTENCE,
  },
  {
    name: 'Japanese (unspaced)',
    first: `${JAPANESE_SENTENCE}戦闘は夕方まで続き、住民は自宅にとどまるよう求められた。`,
    second:
      '一方、首相は首都で各政党に対話を呼びかけ、来月末までに挙国一致内閣を発足させる考えを示した。',
    from: '三',
    to: '四',
    sentence: JAPANESE_SENTENCE,
  },
  {
    name: 'Russian (Cyrillic)',
    first: `${RUSSIAN_SENTENCE} По его словам, тридцать солдат получили ранения в ходе боёв, которые продолжались до вечера.`,
    second:
      'Тем временем премьер-министр призвал политические партии к диалогу и созданию правительства национального единства до конца следующего месяца.',
    from: 'тридцать',
    to: 'сорок',
    sentence: RUSSIAN_SENTENCE,
  },
  {
    name: 'Hindi (Devanagari)',
    first: `${HINDI_SENTENCE} उन्होंने बताया कि लड़ाई शाम तक चली और इसमें तीस सैनिक घायल हुए।`,
    second:
      'इस बीच प्रधानमंत्री ने राजधानी में सभी राजनीतिक दलों से बातचीत करने और अगले महीने के अंत तक राष्ट्रीय एकता सरकार बनाने की अपील की।',
    from: 'तीस',
    to: 'चालीस',
    sentence: HINDI_SENTENCE,
  },
];

describe.each(CASES)('$name', ({ first, second, from, to, sentence }) => {
  it('finds an exact copy, even with bidi marks and other spacing', () => {
    const copy = `\u200F${first.replace(/ /g, '\u00A0')}`;
    const marks = findRepeats([first, second, copy], null);
    expect(marks.map((m) => [m.index, m.duplicateOf, m.repeat.kind])).toEqual([[2, 0, 'exact']]);
  });

  it('finds a contained sentence', () => {
    const marks = findRepeats([first, second, sentence], null);
    expect(marks.map((m) => [m.index, m.duplicateOf, m.repeat.kind])).toEqual([
      [2, 0, 'contained'],
    ]);
  });

  it('finds an edited copy and its exact change', () => {
    expect(first.includes(from)).toBe(true);
    const marks = findRepeats([first, second, first.replace(from, to)], null);
    expect(marks).toEqual([
      { index: 2, duplicateOf: 0, repeat: { kind: 'edited', changes: [{ from, to }] } },
    ]);
  });

  it('finds nothing among distinct paragraphs, and does not hide an extension', () => {
    expect(findRepeats([first, second], null)).toEqual([]);
    expect(findRepeats([sentence, second, first], null)).toEqual([]);
  });

  it('marks a headline echo', () => {
    const title = second.slice(0, 40);
    const marks = findRepeats([first, title, second], title);
    expect(marks.map((m) => [m.index, m.duplicateOf, m.repeat.kind])).toEqual([
      [1, null, 'headline'],
    ]);
  });
});
