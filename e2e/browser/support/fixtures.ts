import { test as base, expect, type Browser, type BrowserContext, type Locator, type Page, type ViewportSize } from '@playwright/test';
import { authFile, BASE_URL, NEUTRAL_URL, type Role } from './env';

export { expect };

const NEUTRAL_PAGE = '<!doctype html><html lang="en"><title>Weather</title><h1>Weather</h1></html>';

const isLocal = (url: URL): boolean => ['localhost', '127.0.0.1'].includes(url.hostname) || !url.protocol.startsWith('http');

/**
 * The portal may reach only itself. The browser cannot resolve any other host
 * (--host-resolver-rules in playwright.config.ts, so nothing is intercepted on the way: that
 * would slow every request down); the quick-exit site, unreachable here, is answered with a
 * stand-in page. Any other request is remembered, and fails the test: a page a survivor opens
 * must not tell a third party about it (fonts, analytics, CDNs).
 */
async function guardNetwork(context: BrowserContext): Promise<string[]> {
  const elsewhere: string[] = [];
  await context.route(`${new URL(NEUTRAL_URL).origin}/**`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: NEUTRAL_PAGE }),
  );
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (!isLocal(url) && url.origin !== new URL(NEUTRAL_URL).origin) elsewhere.push(`${url.origin}${url.pathname}`);
  });
  return elsewhere;
}

export interface SessionOptions {
  /** Signed in as this demo user (state saved by auth.setup.ts); null: nobody signed in. */
  role: Role | null;
  viewport?: ViewportSize;
  /** The browser's preferred language, which the portal follows until a person picks one. */
  locale?: string;
}

interface Fixtures {
  /** Opens a page in a new browser context of its own (another person, another device). */
  openPage: (options: SessionOptions) => Promise<Page>;
}

export const test = base.extend<Fixtures>({
  context: async ({ context }, use) => {
    const refused = await guardNetwork(context);
    await use(context);
    expect(refused, 'requests to other sites').toEqual([]);
  },

  openPage: async ({ browser }, use) => {
    const opened: { context: BrowserContext; refused: string[] }[] = [];
    await use(async (options) => {
      const context = await newContext(browser, options);
      opened.push({ context, refused: await guardNetwork(context) });
      return context.newPage();
    });
    for (const { context, refused } of opened) {
      await context.close();
      expect(refused, 'requests to other sites').toEqual([]);
    }
  },
});

function newContext(browser: Browser, { role, viewport, locale = 'en-GB' }: SessionOptions): Promise<BrowserContext> {
  return browser.newContext({
    baseURL: BASE_URL,
    locale,
    timezoneId: 'Europe/London',
    serviceWorkers: 'block',
    viewport: viewport ?? { width: 1280, height: 800 },
    storageState: role ? authFile(role) : undefined,
  });
}

/** The portal's level-1 heading with exactly this text. */
export const heading = (page: Page, name: string | RegExp): Locator => page.getByRole('heading', { level: 1, name, exact: true });

export const quickExitButton = (page: Page): Locator => page.getByRole('button', { name: /Quick exit/ });

/** Signs in through the form, as a person would. */
export async function signIn(page: Page, email: string, password: string): Promise<void> {
  if (!new URL(page.url(), BASE_URL).pathname.startsWith('/sign-in')) await page.goto('/sign-in');
  await expect(heading(page, 'Sign in')).toBeVisible();
  await page.getByRole('textbox', { name: 'Email', exact: true }).fill(email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/** The stand-in for the neutral site is showing, and nothing of the portal. */
export async function expectNeutralSite(page: Page): Promise<void> {
  await expect(page).toHaveURL(NEUTRAL_URL);
  await expect(heading(page, 'Weather')).toBeVisible();
  await expect(page.getByText('Onward')).toHaveCount(0);
}

/** The number of entries in this tab's session history. */
export const historyLength = (page: Page): Promise<number> => page.evaluate<number>('window.history.length');
