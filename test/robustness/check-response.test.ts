import { checkResponse } from './fuzz/check-response';
import type { FuzzRequest } from './fuzz/generate-requests';
import type { RawResponse } from './fuzz/send-raw';

// The fuzz test passes only if its checker can fail: these feed it known-bad responses.
const request = (over: Partial<FuzzRequest> = {}): FuzzRequest => ({
  method: 'GET',
  url: '/services?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  headers: {},
  mutations: [],
  dangers: ['<script>alert('],
  parameters: new Set(['q', 'url', 'body']),
  known: new Set(['q', 'level']),
  ...over,
});
const html = (status: number, body: string): RawResponse => ({
  status,
  headers: { 'content-type': 'text/html; charset=utf-8' },
  body: `<!doctype html><html><body>${body}<script src="/assets/js/enhance.js"></script></body></html>`,
});
const json = (status: number, value: unknown): RawResponse => ({
  status,
  headers: { 'content-type': 'application/json; charset=utf-8' },
  body: JSON.stringify(value),
});

describe('fuzz response checker', () => {
  it('accepts an escaped echo and flags the same payload echoed raw', () => {
    expect(checkResponse(request(), html(200, '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>'))).toEqual([]);
    expect(checkResponse(request(), html(200, '<p><script>alert(1)</script></p>'))).toEqual(
      expect.arrayContaining(['payload echoed unescaped: <script>alert(']),
    );
  });

  it('flags injected event handlers and javascript: links even without a known payload', () => {
    const problems = checkResponse(
      request({ dangers: [] }),
      html(200, '<img src=x onerror="alert(1)"><a href=" javascript:alert(1)">x</a>'),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        'event handler attribute onerror on <img>',
        expect.stringContaining('href=" javascript:alert(1)"'),
      ]),
    );
  });

  it('flags a 5xx and a leaked stack trace', () => {
    const problems = checkResponse(
      request(),
      html(500, '<pre>Error: x\n    at handler (/app/src/x.ts:10:5)</pre>'),
    );
    expect(problems).toEqual(['status 500', 'stack trace or module path in the body']);
  });

  it('requires a 400 page to name a parameter that was sent or is known', () => {
    const row = (name: string) => `<table><tr data-test="problem" data-parameter="${name}"></tr></table>`;
    expect(checkResponse(request(), html(400, row('q')))).toEqual([]);
    expect(checkResponse(request(), html(400, row('level')))).toEqual([]);
    expect(checkResponse(request(), html(400, '<h1>Bad request</h1>'))).toEqual([
      '400 page without [data-test=problem]',
    ]);
    expect(checkResponse(request(), html(400, row('made-up')))).toEqual([
      'problem names parameter(s) not sent: made-up',
    ]);
  });

  it('requires JSON errors to carry a message and, for a 400, details', () => {
    const api = request({ url: '/api/v1/services?q=x' });
    expect(
      checkResponse(
        api,
        json(400, { error: { message: 'bad', details: [{ parameter: 'q', message: 'x' }] } }),
      ),
    ).toEqual([]);
    expect(checkResponse(api, json(400, { error: { message: 'bad', details: [] } }))).toEqual([
      '400 JSON without error.details',
    ]);
    expect(checkResponse(api, json(404, {}))).toEqual(['404 JSON without error.message']);
  });

  it('flags a redirect to another site', () => {
    const redirect: RawResponse = { status: 303, headers: { location: '//evil.example/' }, body: '' };
    expect(checkResponse(request(), redirect)).toEqual(['redirect away from the site: //evil.example/']);
  });
});
