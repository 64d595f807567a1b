import { describe, expect, it } from 'vitest';
import { findGroups, type KnowledgeBase } from '../../../src/core/groups';
import { findCreditNames } from '../../../src/core/groups/photo-credits';

const credited = (paragraph: string): string[] =>
  findCreditNames(paragraph).map((c) => paragraph.slice(c.start, c.end));

describe('photo credits', () => {
  it('reads the agencies after the photographer, through slashes and "via"', () => {
    expect(
      credited(
        'The senator spoke on Monday. (Photo by Kevin Marr/Getty Images for Ithaca Holdings)',
      ),
    ).toEqual(['Getty Images']);
    expect(credited('Photographer: Andrew Harr/Bloomberg via Getty Images')).toEqual([
      'Bloomberg',
      'Getty Images',
    ]);
    expect(credited('Credit Credit Jeon Heon-Kyun/EPA, via Shutterstock')).toEqual([
      'EPA',
      'Shutterstock',
    ]);
    expect(credited('Image Source: Neil Godman / Future Publishing/Shutterstock')).toEqual([
      'Future Publishing',
      'Shutterstock',
    ]);
    expect(credited('Photo by Andrew CABALLERO-REYES / AFP)')).toEqual(['AFP']);
    expect(credited('Image: Vjeran Pavlic / The Verge')).toEqual(['Verge']);
  });

  it('reads a caption line that is only the credit, not two days or a sentence', () => {
    expect(credited('Devindra Hardaway/AOL')).toEqual(['AOL']);
    expect(credited('Black Friday/Cyber Monday')).toEqual([]);
    expect(credited('Sales rose in North America/Europe last year.')).toEqual([]);
  });

  it('lists a credited agency as a group, in any language', () => {
    const kb: KnowledgeBase = [];
    for (const lang of ['en', 'ja']) {
      const groups = findGroups(['Photo by Chip Somers/Pexaro Images'], {
        lang,
        knowledgeBase: kb,
      });
      expect(groups.map((g) => [g.name, g.kind])).toEqual([['Pexaro Images', 'media']]);
    }
  });
});
