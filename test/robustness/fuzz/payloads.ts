/**
 * Hostile values. `danger` is the part that must never come back raw in an HTML body: finding it
 * means the value was echoed without escaping (its escaped form, e.g. `&lt;script&gt;`, is fine).
 */
export interface Payload {
  value: string;
  danger?: string;
}

export const XSS: Payload[] = [
  { value: '<script>alert(1)</script>', danger: '<script>alert(' },
  { value: '"><script>alert(document.cookie)</script>', danger: '<script>alert(' },
  { value: "'><img src=x onerror=alert(1)>", danger: '<img src=x onerror' },
  { value: '"><svg/onload=alert(1)>', danger: '<svg/onload' },
  { value: '</title><script>alert(2)</script>', danger: '</title><script>' },
  { value: '<iframe src="javascript:alert(1)"></iframe>', danger: '<iframe src=' },
  { value: '" autofocus onfocus="alert(1)', danger: '" autofocus onfocus="alert' },
  { value: "' onmouseover='alert(1)", danger: "' onmouseover='alert" },
  { value: 'javascript:alert(1)' },
  { value: '<ScRiPt>alert(1)</sCrIpT>', danger: '<script>alert(' },
  { value: '<%= process.env %>', danger: '<%= process' },
  { value: '{{constructor.constructor("alert(1)")()}}' },
];

export const SQL: Payload[] = [
  { value: "' OR '1'='1" },
  { value: "'; DROP TABLE services; --" },
  { value: '1 UNION SELECT password FROM users' },
  { value: '" OR ""="' },
  { value: "\\'; select pg_sleep(5); --" },
  { value: '%' },
  { value: '_' },
  { value: '*' },
  { value: '$1' },
];

export const ODD: Payload[] = [
  { value: '' },
  { value: ' ' },
  { value: '0' },
  { value: '-1' },
  { value: '1e309' },
  { value: 'NaN' },
  { value: '99999999999999999999' },
  { value: 'true' },
  { value: 'null' },
  { value: 'undefined' },
  { value: '[object Object]' },
  { value: '../../../../etc/passwd' },
  { value: '..%2f..%2fetc%2fpasswd' },
  { value: 'ünïcödé – ✓ 中文 🚀' },
  { value: '\u0000' },
  { value: '\u202e\u200b' },
  { value: 'a\r\nSet-Cookie: x=1' },
  { value: '~!@#$^&*()_+{}|:"<>?' },
  { value: 'lunr:query~2 +title:* -x^10' },
];

/** Keys that would pollute a prototype if merged naively into an object. */
export const PROTO_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  '__proto__[polluted]',
  'constructor[prototype][polluted]',
  'hasOwnProperty',
  'toString',
];

/** Raw (not re-encoded) fragments that are invalid percent-encoding or invalid UTF-8 once decoded. */
export const BAD_ENCODINGS = [
  '%',
  '%Z',
  '%ZZ',
  '%E0%A4%A',
  '%C0%AF',
  '%FF%FE',
  '%ED%A0%80',
  '%F8%88%80%80%80',
  '%%41',
];

/** Parameter names no route knows. */
export const UNKNOWN_PARAMETERS = ['utm_source', 'debug', 'admin', 'x', 'fields', 'callback', 'jsonp', 'sql'];

export const ALL_PAYLOADS: Payload[] = [...XSS, ...SQL, ...ODD];
