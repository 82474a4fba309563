/** The answer to one request: status, redirect target and body. */
export interface HttpAnswer {
  status: number;
  location?: string;
  text: string;
}

/**
 * A browser-like client of a real server process: it keeps its cookies (the session and CSRF
 * cookies) across requests and across restarts of the server, which may come back on another
 * port. Requests say they came through a TLS proxy (`X-Forwarded-Proto: https`, the app runs with
 * TRUST_PROXY=1 as in production), so the Secure cookies of production are set.
 */
export class HttpSession {
  private readonly cookies = new Map<string, string>();
  /** The form token of this visitor, from the sign-in page. */
  csrf = '';

  constructor(public baseUrl: string) {}

  get(path: string): Promise<HttpAnswer> {
    return this.send(path, { method: 'GET' });
  }

  /** Posts a form (with this visitor's CSRF token) and does not follow the redirect. */
  postForm(path: string, form: Record<string, string>): Promise<HttpAnswer> {
    return this.send(path, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: this.csrf, ...form }).toString(),
    });
  }

  /** Signs in through the login form; throws unless the app answers with its redirect (303). */
  async signIn(email: string, password: string): Promise<void> {
    const page = await this.get('/login');
    const token = /name="_csrf" value="([^"]+)"/.exec(page.text)?.[1];
    if (!token) throw new Error(`no CSRF token on the login page (status ${page.status})`);
    this.csrf = token;
    const answer = await this.postForm('/login', { email, password });
    if (answer.status !== 303) throw new Error(`sign-in of ${email} answered ${answer.status}`);
  }

  private async send(path: string, init: RequestInit): Promise<HttpAnswer> {
    const res = await fetch(`${this.baseUrl}${path}`, {
      ...init,
      redirect: 'manual',
      headers: {
        ...(init.headers as Record<string, string> | undefined),
        'x-forwarded-proto': 'https',
        cookie: [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; '),
      },
    });
    for (const cookie of res.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const eq = pair!.indexOf('=');
      this.cookies.set(pair!.slice(0, eq).trim(), pair!.slice(eq + 1));
    }
    return { status: res.status, location: res.headers.get('location') ?? undefined, text: await res.text() };
  }
}
