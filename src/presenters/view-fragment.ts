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
      html = render();
      rendered.set(key, html);
    }
    return html;
  };
}
