import type { Page } from '@playwright/test';
import { PHONE } from './support/env';
import { expect, expectNeutralSite, heading, historyLength, quickExitButton, test } from './support/fixtures';

// DESIGN.md, safety rule 5: every page has a quick-exit control (a button and a keyboard
// shortcut) that leaves for a neutral site and does not leave the page in the back history.
//
// "Not in the back history" means the exit *replaces* the page's history entry: the tab has as
// many entries after leaving as before, and Back goes to the entry that came before the page
// that was left, never to that page.
//
// That the button is on every page, in view, at desktop and phone width, is checked by
// accessibility.spec.ts, which opens every page at both widths anyway.

const pressEscape = async (page: Page, times: number) => {
  for (let i = 0; i < times; i++) await page.keyboard.press('Escape');
};

/** Opens `before` then `path` in one tab, so the page to leave has an entry before it. */
async function openAfter(page: Page, before: string, path: string): Promise<number> {
  await page.goto(before);
  await page.goto(path);
  return historyLength(page);
}

async function expectLeftWithoutTrace(page: Page, entriesBefore: number, previousPath: string, leftHeading: string) {
  await expectNeutralSite(page);
  expect(await historyLength(page), 'history entries after leaving (the exit must replace the page\'s entry, not add one)').toBe(entriesBefore);

  await page.goBack();
  await expect(page).toHaveURL(previousPath);
  await expect(heading(page, leftHeading)).toHaveCount(0);
}

test.describe('Quick exit', () => {
  test('the button on a signed-in home leaves for the neutral site, and Back does not return there', async ({ openPage }) => {
    const page = await openPage({ role: 'caseworker' });
    const entries = await openAfter(page, '/sign-in', '/caseworker');
    await expect(heading(page, 'Caseworker home')).toBeVisible();

    await quickExitButton(page).click();

    await expectLeftWithoutTrace(page, entries, '/sign-in', 'Caseworker home');
  });

  test('Escape pressed 3 times on the sign-in page leaves, even while typing; twice does not', async ({ page }) => {
    const entries = await openAfter(page, '/invite', '/sign-in');
    await page.getByRole('textbox', { name: 'Email', exact: true }).fill('someone@example.org');

    await pressEscape(page, 2);
    // Escape also closes menus and dialogs: two presses must not throw a person out. (Quick exit
    // hides the page synchronously, in the key handler, before it leaves.)
    expect(await page.evaluate<string>('document.documentElement.style.visibility')).toBe('');
    await expect(page).toHaveURL('/sign-in');
    await expect(page.getByRole('textbox', { name: 'Email', exact: true })).toHaveValue('someone@example.org');

    // Three in a row leave (even if the first two have expired by now on a slow machine).
    await pressEscape(page, 3);
    await expectLeftWithoutTrace(page, entries, '/invite', 'Sign in');
    await expect(page.getByRole('textbox', { name: 'Email', exact: true })).toHaveCount(0);
  });

  test('Escape pressed 3 times on a signed-in form leaves, and Back does not return there', async ({ openPage }) => {
    const page = await openPage({ role: 'caseworker' });
    const entries = await openAfter(page, '/caseworker', '/caseworker/invite');
    await expect(heading(page, 'Invite someone')).toBeVisible();
    await page.getByRole('textbox', { name: 'Their email' }).fill('new-person@example.org');

    await pressEscape(page, 3);

    await expectLeftWithoutTrace(page, entries, '/caseworker', 'Invite someone');
    await expect(heading(page, 'Caseworker home')).toBeVisible();
  });

  test('on a phone, the button leaves from a survivor home, and so does Escape with the menu open', async ({ openPage }) => {
    const page = await openPage({ role: 'survivor', viewport: PHONE });
    let entries = await openAfter(page, '/invite', '/survivor');
    await expect(heading(page, 'Survivor home')).toBeVisible();
    await expect(quickExitButton(page)).toBeInViewport();

    await quickExitButton(page).click();
    await expectLeftWithoutTrace(page, entries, '/invite', 'Survivor home');

    entries = await openAfter(page, '/sign-in', '/survivor');
    await page.getByRole('button', { name: 'Open menu' }).click();
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeInViewport();
    await pressEscape(page, 3);
    await expectLeftWithoutTrace(page, entries, '/sign-in', 'Survivor home');
  });
});

test('the quick-exit hint names the keyboard shortcut on wide screens', async ({ page }) => {
  await page.goto('/sign-in');
  await expect(quickExitButton(page)).toHaveAccessibleDescription('or press Esc 3 times');
});
