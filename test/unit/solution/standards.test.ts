import { normaliseList, parseStandards, STANDARDS } from '../../../src/domain/solution/standards';
import { referenceCatalogue } from '../../support/test-app';

describe('standards vocabulary', () => {
  it('recognises every open standard the reference catalogue names', () => {
    const named = referenceCatalogue().services.flatMap((s) => s.exit?.openStandards?.value ?? []);
    expect(normaliseList(named).unrecognised).toEqual([]);
  });

  it('matches exact aliases only', () => {
    expect(normaliseList(['S3 API (subset)', 'imap4', 'S3-like']).ids).toEqual(['s3', 'imap']);
    expect(normaliseList(['S3-like']).unrecognised).toEqual(['S3-like']);
  });

  it('marks a standard mandatory only with a Forum Standaardisatie source', () => {
    for (const s of STANDARDS.standards.filter((x) => x.forumStandaardisatie)) {
      expect(s.forumStandaardisatie?.source).toMatch(/^https:\/\/www\.forumstandaardisatie\.nl\//);
    }
  });

  it('refuses an alias given to two standards', () => {
    expect(() =>
      parseStandards({
        standards: [
          { id: 'a', name: 'A', kind: 'protocol', aliases: ['X'] },
          { id: 'b', name: 'B', kind: 'protocol', aliases: ['x'] },
        ],
      }),
    ).toThrow(/alias/);
  });
});
