import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/report';

describe('report type', () => {
  it('is importable', () => {
    const r: Report = {
      article: { title: null, byline: null, siteName: null, lang: null },
      paragraphs: [],
      figures: [],
      entities: [],
    };
    expect(r.paragraphs).toEqual([]);
  });
});
