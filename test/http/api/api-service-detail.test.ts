import { useApiApp } from './api-test-support';

describe('JSON API /api/v1/services/{id}', () => {
  const api = useApiApp();
  const get = (url: string, status: number) => api.get(url, status);

  describe('GET /services/{id}', () => {
    it('returns the whole service with what it runs on and the full assessment', async () => {
      const source = api.doc.services.find((s) => (s.runsOn?.length ?? 0) > 0);
      if (!source) throw new Error('the reference catalogue should have a service that runs on another');
      const res = await get(`/api/v1/services/${source.id}`, 200);
      expect(api.check('/api/v1/services/{id}', 200, res.body)).toEqual([]);
      expect(res.body.service).toEqual(source);
      expect(res.body.provider.id).toBe(source.providerId);
      expect(res.body.runsOn.map((r: { id: string }) => r.id)).toEqual(source.runsOn);
      const base = await get(`/api/v1/services/${source.runsOn?.[0]}`, 200);
      expect(base.body.runBy.map((r: { id: string }) => r.id)).toContain(source.id);
      const assessment = api.t.store.current().serviceById.get(source.id)?.assessment;
      expect(res.body.assessment.overall).toBe(assessment?.overall);
      for (const [dimension, d] of Object.entries(assessment?.dimensions ?? {})) {
        const json = res.body.assessment.dimensions[dimension];
        expect(json.level).toBe(d.level);
        expect(json.passed.map((r: { code: string }) => r.code)).toEqual(
          d.rungs.filter((r) => r.passed).map((r) => r.code),
        );
        expect(json.failed.map((r: { code: string }) => r.code)).toEqual(
          d.rungs.filter((r) => !r.passed).map((r) => r.code),
        );
        expect(json.passed.length + json.failed.length).toBe(4);
      }
    });

    it('marks each evidence entry as counting or not, with the reason', async () => {
      const expired = api.doc.services.find((s) =>
        s.evidence?.some(
          (e) =>
            (e.sources?.length ?? 0) > 0 && e.coversService && e.validUntil && e.validUntil < '2026-11-28',
        ),
      );
      const source = expired ?? api.doc.services.find((s) => (s.evidence?.length ?? 0) > 0);
      if (!source?.evidence) throw new Error('the reference catalogue should have a service with evidence');
      const res = await get(`/api/v1/services/${source.id}`, 200);
      expect(api.check('/api/v1/services/{id}', 200, res.body)).toEqual([]);
      expect(res.body.evidence.map((e: { scheme: string }) => e.scheme)).toEqual(
        source.evidence.map((e) => e.scheme),
      );
      source.evidence.forEach((entry, i) => {
        const counting =
          (entry.sources?.length ?? 0) > 0 &&
          entry.coversService === true &&
          entry.status !== 'in-progress' &&
          !(entry.validUntil && entry.validUntil < '2026-11-28');
        expect(res.body.evidence[i].counting).toBe(counting);
        expect(res.body.evidence[i].notCountingReason === undefined).toBe(counting);
      });
    });

    it('gives reasons in the language of ?lang', async () => {
      const id = api.doc.services[0].id;
      const nl = await get(`/api/v1/services/${id}`, 200);
      const en = await get(`/api/v1/services/${id}?lang=en`, 200);
      const reason = (body: {
        assessment: { dimensions: { data: { failed: unknown[]; passed: unknown[] } } };
      }) =>
        (
          [...body.assessment.dimensions.data.passed, ...body.assessment.dimensions.data.failed][0] as {
            reason: { key: string; text: string };
          }
        ).reason;
      expect(reason(nl.body).key).toBe(reason(en.body).key);
      expect(reason(nl.body).text).not.toBe(reason(en.body).text);
      expect(reason(en.body).text).not.toContain('sovereignty.');
    });

    it('answers 404 for an unknown or impossible id and 400 for an unknown parameter', async () => {
      const missing = await get('/api/v1/services/no-such-service', 404);
      expect(api.check('/api/v1/services/{id}', 404, missing.body)).toEqual([]);
      expect(missing.body.error.code).toBe('not_found');
      await get('/api/v1/services/Not_An_Id', 404);
      const bad = await get(`/api/v1/services/${api.doc.services[0].id}?level=3`, 400);
      expect(bad.body.error.details).toEqual([
        { parameter: 'level', message: expect.any(String), allowed: ['lang'] },
      ]);
    });
  });
});
