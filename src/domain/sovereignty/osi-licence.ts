import spdxLicenseList from 'spdx-license-list';

/**
 * Whether a licence (an SPDX identifier or expression, as in `openSource.licence`) is OSI-approved,
 * per the SPDX licence list (`osiApproved`), never a hand-written list.
 *
 * How the forms the catalogue may use are read:
 * - Identifiers match case-insensitively (SPDX ids are case-insensitive). Deprecated ids such as
 *   `AGPL-3.0` and `GPL-3.0` are in the list and keep their approval.
 * - `-only`, `-or-later` and a trailing `+` do not change the licence text. When the list lacks the
 *   suffixed id, the base id (or `<base>-only`) decides.
 * - `A OR B`: approved when any operand is, since the buyer may take the software under that one.
 *   `A AND B`: approved only when every operand is. `A WITH exception`: the licence decides (an
 *   exception only adds permissions). Parentheses group.
 * - `proprietary`, `LicenseRef-…`, unknown ids and malformed expressions are not approved.
 */
export function isOsiApproved(licence: string): boolean {
  const tokens = licence.match(/\(|\)|[^\s()]+/g) ?? [];
  const parser = new ExpressionParser(tokens);
  const result = parser.parseOr();
  return result === true && parser.done();
}

const approvedById = new Map<string, boolean>(
  Object.entries(spdxLicenseList).map(([id, entry]) => [id.toLowerCase(), entry.osiApproved]),
);

function isApprovedId(id: string): boolean {
  const lower = id.toLowerCase();
  const exact = approvedById.get(lower);
  if (exact !== undefined) return exact;
  const base = lower.replace(/(-only|-or-later|\+)$/, '');
  if (base === lower) return false;
  return approvedById.get(base) ?? approvedById.get(`${base}-only`) ?? false;
}

/** Recursive descent over `or := and (OR and)*`, `and := with (AND with)*`, `with := atom (WITH id)?`. */
class ExpressionParser {
  private position = 0;

  constructor(private readonly tokens: string[]) {}

  done(): boolean {
    return this.position === this.tokens.length;
  }

  parseOr(): boolean | undefined {
    let result = this.parseAnd();
    while (result !== undefined && this.accept('or')) {
      const right = this.parseAnd();
      if (right === undefined) return undefined;
      result = result || right;
    }
    return result;
  }

  private parseAnd(): boolean | undefined {
    let result = this.parseWith();
    while (result !== undefined && this.accept('and')) {
      const right = this.parseWith();
      if (right === undefined) return undefined;
      result = result && right;
    }
    return result;
  }

  private parseWith(): boolean | undefined {
    const licence = this.parseAtom();
    if (licence !== undefined && this.accept('with')) {
      return this.next() === undefined ? undefined : licence;
    }
    return licence;
  }

  private parseAtom(): boolean | undefined {
    const token = this.next();
    if (token === undefined || token === ')') return undefined;
    if (token === '(') {
      const inner = this.parseOr();
      return this.accept(')') ? inner : undefined;
    }
    if (['or', 'and', 'with'].includes(token.toLowerCase())) return undefined;
    return isApprovedId(token);
  }

  private accept(word: string): boolean {
    if (this.tokens[this.position]?.toLowerCase() !== word) return false;
    this.position += 1;
    return true;
  }

  private next(): string | undefined {
    const token = this.tokens[this.position];
    if (token !== undefined) this.position += 1;
    return token;
  }
}
