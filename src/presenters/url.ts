/**
 * Returns the URL (path + query) with one parameter set to a single value, keeping every other
 * parameter and its order. Used for the language switch and pagination links.
 */
export function urlWithParam(url: string, name: string, value: string | undefined): string {
  const [path, query = ''] = splitUrl(url);
  const params = new URLSearchParams(query);
  params.delete(name);
  if (value !== undefined) params.append(name, value);
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

/** Builds `path?query` from a list of [name, value] pairs (repeats allowed), skipping empty values. */
export function buildUrl(path: string, pairs: [string, string | number | undefined][]): string {
  const params = new URLSearchParams();
  for (const [name, value] of pairs)
    if (value !== undefined && value !== '') params.append(name, String(value));
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

function splitUrl(url: string): [string, string?] {
  const i = url.indexOf('?');
  return i < 0 ? [url] : [url.slice(0, i), url.slice(i + 1)];
}
