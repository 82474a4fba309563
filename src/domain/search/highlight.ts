import { mergePositions } from './locate-matches';
import type { Position } from './search.types';

/**
 * A piece of text, marked when a search word matched it. Segments hold raw text: templates print
 * them with `<%= %>` (which escapes) and put only `<mark>` around marked ones, so catalogue text can
 * never inject HTML.
 */
export interface Segment {
  text: string;
  mark: boolean;
}

const ELLIPSIS = '…';

/** Splits text into segments, marking the matched ranges (clipped to the text). */
export function highlight(text: string, positions: readonly Position[] = []): Segment[] {
  const segments: Segment[] = [];
  let cursor = 0;
  for (const [rawStart, length] of mergePositions(positions)) {
    const start = Math.max(rawStart, cursor);
    const end = Math.min(rawStart + length, text.length);
    if (end <= start) continue;
    if (start > cursor) segments.push({ text: text.slice(cursor, start), mark: false });
    segments.push({ text: text.slice(start, end), mark: true });
    cursor = end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), mark: false });
  return segments;
}

/**
 * A window of at most about `maxLength` characters around the first match, cut at word
 * boundaries, with an ellipsis where text was left out. Short texts are returned whole.
 */
export function snippet(text: string, positions: readonly Position[] = [], maxLength = 220): Segment[] {
  if (text.length <= maxLength) return highlight(text, positions);
  const first = mergePositions(positions)[0];
  let start = first ? Math.max(0, first[0] - Math.floor(maxLength / 4)) : 0;
  if (start > 0) start = wordStartAfter(text, start);
  let end = Math.min(text.length, start + maxLength);
  if (end < text.length) end = wordEndBefore(text, end, start);

  const shifted: Position[] = positions
    .filter(([s, l]) => s < end && s + l > start)
    .map(([s, l]) => [Math.max(s, start) - start, Math.min(s + l, end) - Math.max(s, start)]);
  const segments = highlight(text.slice(start, end), shifted);
  if (start > 0) segments.unshift({ text: ELLIPSIS, mark: false });
  if (end < text.length) segments.push({ text: ELLIPSIS, mark: false });
  return segments;
}

function wordStartAfter(text: string, from: number): number {
  const space = text.slice(from).search(/\s/);
  return space === -1 ? from : from + space + 1;
}

function wordEndBefore(text: string, to: number, min: number): number {
  const space = text.slice(min, to).search(/\s\S*$/);
  return space <= 0 ? to : min + space;
}
