import { assessCatalogue } from '../../../src/domain/sovereignty/assess-catalogue';
import { shareEqualParts } from '../../../src/domain/sovereignty/share-assessments';
import { DIMENSIONS, type Assessment } from '../../../src/domain/sovereignty/sovereignty.types';
import { generateCatalogue } from '../../../scripts/generate-catalogue';
import { referenceDocument } from '../../support/db/reference-document';
import { REFERENCE_ASSESSMENT_DATE } from '../../support/catalogue-factory';

describe('shareEqualParts', () => {
  const generated = generateCatalogue(400, 9);
  const assessments = assessCatalogue(generated, REFERENCE_ASSESSMENT_DATE);
  const shared = shareEqualParts(assessments);

  it('changes no assessment: every one equals the unshared original', () => {
    expect(shared.size).toBe(assessments.size);
    for (const [id, assessment] of assessments) expect(shared.get(id)).toEqual(assessment);
  });

  it('holds equal dimension outcomes once, and different ones apart', () => {
    const distinct = new Set([...shared.values()].flatMap((a) => DIMENSIONS.map((d) => a.dimensions[d])));
    const distinctJson = new Set([...distinct].map((d) => JSON.stringify(d)));
    // As many objects as there are different outcomes, far fewer than services × dimensions.
    expect(distinct.size).toBe(distinctJson.size);
    expect(distinct.size).toBeLessThan((shared.size * DIMENSIONS.length) / 2);
  });

  it('freezes what is shared, so writing to one service’s assessment cannot change another’s', () => {
    const [first] = shared.values();
    const rung = first.dimensions.data.rungs[0];
    expect(() => {
      (rung as { passed: boolean }).passed = !rung.passed;
    }).toThrow(TypeError);
    expect(Object.isFrozen(first.limitedBy)).toBe(true);
  });

  it('keeps supply-chain caps per service in the reference catalogue', () => {
    const reference = referenceDocument();
    const original = assessCatalogue(reference, REFERENCE_ASSESSMENT_DATE);
    const capped = [...shareEqualParts(original).values()].filter((a: Assessment) =>
      DIMENSIONS.some((d) => a.dimensions[d].cappedBy),
    );
    for (const a of capped) expect(a).toEqual(original.get(a.serviceId));
  });
});
