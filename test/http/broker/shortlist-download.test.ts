import * as XLSX from '@e965/xlsx';
import request from 'supertest';
import { createTestApp, referenceCatalogue, type TestApp } from '../../support/test-app';

function binary(res: request.Response, callback: (err: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
}

describe('/broker/shortlist.csv and .ods', () => {
  let t: TestApp;
  const doc = referenceCatalogue();

  beforeAll(async () => {
    t = await createTestApp({ document: doc });
  });

  it('downloads a CSV with the header block, included and excluded services', async () => {
    const res = await request(t.app).get('/broker/shortlist.csv?profile=internal&dataInNl=true').expect(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="?cloudmarkt-shortlist-internal-2026-11-28\.csv"?$/,
    );
    const text: string = res.text;
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain(`Catalogus,${doc.title}`);
    expect(text).toContain('Beoordelingsdatum,2026-11-28');
    expect(text).toContain('Eis,Alle gegevens in Nederland');
    const lines = text.split('\r\n');
    for (const service of doc.services) expect(lines.some((l) => l.includes(`,${service.id},`))).toBe(true);
  });

  it('gives the same file twice apart from the generated-at line', async () => {
    const url = '/broker/shortlist.csv?profile=personal-data&cert=ISO27001';
    const one = (await request(t.app).get(url).expect(200)).text.split('\r\n');
    const two = (await request(t.app).get(url).expect(200)).text.split('\r\n');
    const differing = one.filter((line, i) => line !== two[i] && !line.startsWith('Gemaakt op,'));
    expect(differing).toEqual([]);
    expect(one.filter((l) => l.startsWith('Gemaakt op,'))).toHaveLength(1);
  });

  it('downloads an OpenDocument spreadsheet with the same rows', async () => {
    const res = await request(t.app)
      .get('/broker/shortlist.ods?profile=internal&dataInNl=true')
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(res.headers['content-type']).toBe('application/vnd.oasis.opendocument.spreadsheet');
    const body = res.body as Buffer;
    expect(body.subarray(30, 38).toString()).toBe('mimetype');
    const book = XLSX.read(body, { type: 'buffer' });
    const rows = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[book.SheetNames[0]], {
      header: 1,
      blankrows: true,
    });
    const csv = (await request(t.app).get('/broker/shortlist.csv?profile=internal&dataInNl=true')).text;
    const records = csv
      .replace(/^\ufeff/, '')
      .replace(/\r\n$/, '')
      .split('\r\n');
    expect(rows.length).toBe(records.length);
    expect(rows).toEqual(expect.arrayContaining([['Eis', 'Alle gegevens in Nederland']]));
  });

  it('requires a profile', async () => {
    const res = await request(t.app).get('/broker/shortlist.csv').expect(400);
    expect(res.text).toContain('data-parameter="profile"');
    await request(t.app).get('/broker/shortlist.ods?profile=internal&framework=1').expect(400);
  });
});
