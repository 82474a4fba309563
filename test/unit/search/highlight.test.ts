import { highlight, snippet } from '../../../src/domain/search/highlight';
import { matchedLines } from '../../../src/domain/search/search-highlights';

const marked = (segments: { text: string; mark: boolean }[]): string =>
  segments.map((s) => (s.mark ? `[${s.text}]` : s.text)).join('');

describe('highlight', () => {
  it('marks the matched ranges and keeps the rest as plain text', () => {
    expect(
      highlight('Veilige chat voor teams', [
        [8, 4],
        [18, 5],
      ]),
    ).toEqual([
      { text: 'Veilige ', mark: false },
      { text: 'chat', mark: true },
      { text: ' voor ', mark: false },
      { text: 'teams', mark: true },
    ]);
  });

  it('merges overlapping and unsorted ranges and clips ranges past the end', () => {
    expect(
      marked(
        highlight('abcdefghij', [
          [6, 10],
          [1, 3],
          [2, 3],
        ]),
      ),
    ).toBe('a[bcde]f[ghij]');
  });

  it('returns raw text: escaping is left to the template, so markup stays inert text', () => {
    const text = '<script>alert(1)</script> chat';
    const segments = highlight(text, [[26, 4]]);
    expect(segments).toEqual([
      { text: '<script>alert(1)</script> ', mark: false },
      { text: 'chat', mark: true },
    ]);
  });

  it('returns the whole text unmarked without positions', () => {
    expect(highlight('Geen treffer')).toEqual([{ text: 'Geen treffer', mark: false }]);
    expect(highlight('')).toEqual([]);
  });
});

describe('snippet', () => {
  const words = Array.from({ length: 100 }, (_, i) => `woord${i}`).join(' ');
  const target = words.indexOf('woord60');

  it('returns short texts whole', () => {
    expect(marked(snippet('Korte tekst over opslag', [[17, 6]]))).toBe('Korte tekst over [opslag]');
  });

  it('cuts a window around the first match at word boundaries, with ellipses', () => {
    const result = snippet(words, [[target, 7]], 80);
    const text = marked(result);
    expect(text.startsWith('…woord')).toBe(true);
    expect(text.endsWith('…')).toBe(true);
    expect(text).toContain('[woord60]');
    expect(text.length).toBeLessThanOrEqual(80 + 4);
    // Whole words only: every piece between the ellipses is a complete "woordN".
    expect(
      text
        .slice(1, -1)
        .replace(/[[\]]/g, '')
        .trim()
        .split(' ')
        .every((w) => /^woord\d+$/.test(w)),
    ).toBe(true);
  });

  it('starts at the beginning when nothing matched', () => {
    const text = marked(snippet(words, [], 50));
    expect(text.startsWith('woord0 ')).toBe(true);
    expect(text.endsWith('…')).toBe(true);
  });
});

describe('matchedLines', () => {
  it('returns the lines of a multi-line field that contain a match', () => {
    const text = 'Microsoft Outlook\nMicrosoft Exchange Online';
    expect(matchedLines(text, [[10, 7]])).toEqual(['Microsoft Outlook']);
    expect(
      matchedLines(text, [
        [0, 9],
        [18, 9],
      ]),
    ).toEqual(['Microsoft Outlook', 'Microsoft Exchange Online']);
    expect(matchedLines(text, [])).toEqual([]);
  });
});
