import { DEMO_PASSWORD, DEMO_USERS, PHONE, ROLES } from './support/env';
import { expect, heading, signIn, test } from './support/fixtures';

test.describe('Signing in', () => {
  for (const role of ROLES) {
    const user = DEMO_USERS[role];

    test(`the ${role} signs in through the form, lands on their home, and signs out`, async ({ page }) => {
      await page.goto('/');
      await expect(page).toHaveURL('/sign-in');

      await signIn(page, user.email, DEMO_PASSWORD);
      await expect(page).toHaveURL(user.home);
      await expect(heading(page, user.heading)).toBeVisible();
      await expect(page.getByText(`Hello, ${user.displayName}`)).toBeVisible();
      await expect(page).toHaveTitle(`${user.heading} · Onward`);
      const nav = page.getByRole('navigation', { name: 'Main' });
      await expect(nav.getByRole('link')).toHaveText(user.nav);
      await expect(nav.getByRole('link', { name: 'Home' })).toHaveAttribute('aria-current', 'page');

      // The address alone now leads home.
      await page.goto('/');
      await expect(page).toHaveURL(user.home);
      await expect(heading(page, user.heading)).toBeVisible();

      await page.getByRole('button', { name: 'Sign out' }).click();
      await expect(page).toHaveURL('/sign-in');
      await expect(page.getByRole('status')).toHaveText('You have signed out.');
      await expect(heading(page, 'Sign in')).toBeVisible();

      // The session is over: the home page sends back to sign-in.
      await page.goto(user.home);
      await expect(page).toHaveURL('/sign-in');
      await expect(heading(page, user.heading)).toHaveCount(0);
    });
  }

  test('on a phone, sign out is in the menu', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await signIn(page, DEMO_USERS.survivor.email, DEMO_PASSWORD);
    await expect(heading(page, 'Survivor home')).toBeVisible();

    const signOut = page.getByRole('button', { name: 'Sign out' });
    await expect(signOut).not.toBeInViewport();
    const menu = page.getByRole('button', { name: 'Open menu' });
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await menu.click();
    await expect(page.getByRole('button', { name: 'Close menu' })).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByRole('combobox', { name: 'Language' })).toBeInViewport();
    await expect(signOut).toBeInViewport();

    await signOut.click();
    await expect(page).toHaveURL('/sign-in');
    await expect(page.getByRole('status')).toHaveText('You have signed out.');
  });

  test('a wrong password shows an alert and stays on sign-in', async ({ page }) => {
    await signIn(page, DEMO_USERS.survivor.email, 'not-the-right-password');

    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Could not sign in');
    await expect(alert).toContainText('The email or password is not correct.');
    await expect(heading(page, 'Sign in')).toBeVisible();
    // Still on sign-in, and nothing typed reached the address bar.
    await expect(page).toHaveURL('/sign-in');
    await expect(heading(page, 'Survivor home')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Sign in', exact: true })).toBeEnabled();
  });
});
