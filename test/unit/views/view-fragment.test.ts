import { flat, fragmentCache } from '../../../src/presenters/view-fragment';

describe('kept fragments', () => {
  const pieces = (n: number) => {
    let html = '';
    for (let i = 0; i < n; i++) html += `<li>niveau ${i} — “€” ✓</li>`;
    return html;
  };

  it('renders a fragment once per view-model object and gives back the same text', () => {
    const fragment = fragmentCache(true);
    const render = jest.fn(() => pieces(200));
    const card = {};
    const first = fragment(card, render);
    expect(fragment(card, render)).toBe(first);
    expect(first).toBe(pieces(200));
    expect(render).toHaveBeenCalledTimes(1);
    fragment({}, render);
    expect(render).toHaveBeenCalledTimes(2);
  });

  it('renders every time when the view cache is off (development)', () => {
    const fragment = fragmentCache(false);
    const render = jest.fn(() => '<p>x</p>');
    const card = {};
    fragment(card, render);
    fragment(card, render);
    expect(render).toHaveBeenCalledTimes(2);
  });

  it('keeps the text exactly, characters beyond Latin-1 included', () => {
    const text = pieces(1000);
    expect(flat(text)).toBe(text);
    expect(flat('')).toBe('');
  });
});
