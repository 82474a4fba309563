/** Renders a piece of a page, or returns what it rendered before for the same view-model object. */
export type Fragment = (key: object, render: () => string) => string;

/**
 * The view helper `fragment(key, render)`: a piece of HTML that depends only on an immutable view
 * model (a result card, made once per service, assessment date and language) is rendered once and
 * kept as long as that object lives; a changed catalogue brings new objects and so new HTML.
 * Disabled with the view cache (development), so an edited template shows at once.
 */
export function fragmentCache(enabled: boolean): Fragment {
  if (!enabled) return (_key, render) => render();
  const rendered = new WeakMap<object, string>();
  return (key, render) => {
    let html = rendered.get(key);
    if (html === undefined) {
      html = flat(render());
      rendered.set(key, html);
    }
    return html;
  };
}

/**
 * The same text as one contiguous string. Rendered HTML is built by appending thousands of pieces,
 * which V8 keeps as a tree of those pieces: every page that includes a kept fragment would walk its
 * tree again when the page is turned into bytes, and the tree costs the garbage collector thousands
 * of objects per fragment instead of one.
 */
export function flat(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}
