import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { searchCaseload, type CaseloadEntry } from '../../../../shared/domain/caseload-search';
import { detectSpecialCategories } from '../../../../shared/domain/special-categories';
import { fold, foldWithOrigin } from '../../../../shared/domain/text-fold';

describe('one fold for search and detector', () => {
  it('folds accents and typographic punctuation; search lower-cases, the detector keeps case', () => {
    expect(fold('Ayşe Çelik')).toBe('ayse celik');
    expect(fold('Jehova\u2019s\u00A0getuige')).toBe("jehova's getuige");
    expect(fold('zee\u00ADman')).toBe('zeeman');
    expect(foldWithOrigin('ADHD én MS').text).toBe('ADHD en MS');
  });

  it('maps each folded character back to its input offset', () => {
    const input = '👍 Syrie\u0308 \u2018x\u2019';
    const { text, origin } = foldWithOrigin(input);
    expect(text).toBe("👍 Syrie 'x'");
    // The combining diaeresis (offset 8) folds away; everything after keeps its own offset.
    expect(origin).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12]);
    expect(foldWithOrigin('').origin).toEqual([]);
  });

  it('lets a search and the detector read a typographic apostrophe alike', () => {
    const entry: CaseloadEntry = {
      id: '1',
      name: 'Sean O\u2019Brien',
      sortKey: fold('O\u2019Brien'),
      city: '',
      clientNumber: '',
      archived: false,
      haystack: fold('Sean O\u2019Brien'),
    };
    expect(searchCaseload([entry], "o'brien", { includeArchived: false })).toHaveLength(1);
    expect(detectSpecialCategories('Hij praat over zijn trauma\u2019s.')).toHaveLength(1);
  });

  it('has no second folding inside the detector', () => {
    const dir = join(__dirname, '../../../../shared/domain/special-categories');
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.ts'),
    );
    expect(files.length).toBeGreaterThan(5);
    for (const f of files) {
      expect(readFileSync(join(dir, f), 'utf8'), f).not.toMatch(/\.normalize\(/);
    }
  });
});
