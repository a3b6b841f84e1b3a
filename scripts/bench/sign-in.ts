/** Cookies as a client keeps them: name → value, sent back on every request. */
class CookieJar {
  private readonly cookies = new Map<string, string>();

  take(response: Response): void {
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const at = pair.indexOf('=');
      if (at > 0) this.cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
    }
  }

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

/** What a signed-in client sends: its cookies, and the CSRF token its state-changing requests carry. */
export interface Session {
  cookie: string;
  csrfToken: string;
}

/**
 * Signs in through the API as the portal does (CSRF token and cookie first, then the login
 * with the token in X-CSRF-Token) and returns the Cookie header and token for later requests.
 */
export async function signIn(baseUrl: string, credentials: { email: string; password: string }): Promise<Session> {
  const jar = new CookieJar();
  const csrf = await fetch(`${baseUrl}/api/v1/auth/csrf`);
  if (!csrf.ok) throw new Error(`GET /auth/csrf answered ${csrf.status}`);
  jar.take(csrf);
  const { token } = (await csrf.json()) as { token: string };
  const login = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': token, Cookie: jar.header() },
    body: JSON.stringify({ email: credentials.email, password: credentials.password }),
  });
  if (!login.ok) throw new Error(`POST /auth/login answered ${login.status}: ${await login.text()}`);
  jar.take(login);
  return { cookie: jar.header(), csrfToken: token };
}

/** Signs each account in, one after another (sign-ins share a per-address budget), in order. */
export async function signInAll(baseUrl: string, accounts: ReadonlyArray<{ email: string; password: string }>): Promise<Session[]> {
  const sessions: Session[] = [];
  for (const account of accounts) sessions.push(await signIn(baseUrl, account));
  return sessions;
}
