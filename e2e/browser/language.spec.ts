import { PHONE } from './support/env';
import { expect, heading, test } from './support/fixtures';

test.describe('Language', () => {
  test('switching changes the words and the direction, and the choice survives a reload', async ({ page }) => {
    await page.goto('/sign-in');
    const html = page.locator('html');
    await expect(html).toHaveAttribute('lang', 'en');
    await expect(html).toHaveAttribute('dir', 'ltr');
    await expect(heading(page, 'Sign in')).toBeVisible();

    const language = page.getByRole('combobox', { name: 'Language' });
    // Each language is named in itself, so a person finds theirs whatever is showing.
    await expect(language.getByRole('option')).toHaveText(['English', 'Español', 'العربية']);

    await language.selectOption({ label: 'Español' });
    await expect(heading(page, 'Iniciar sesión')).toBeVisible();
    await expect(heading(page, 'Sign in')).toHaveCount(0);
    await expect(html).toHaveAttribute('lang', 'es');
    await expect(html).toHaveAttribute('dir', 'ltr');
    await expect(page.getByRole('button', { name: /Salida rápida/ })).toBeVisible();
    await expect(page).toHaveTitle('Iniciar sesión · Onward');

    await page.getByRole('combobox', { name: 'Idioma' }).selectOption({ label: 'العربية' });
    await expect(html).toHaveAttribute('dir', 'rtl');
    await expect(html).toHaveAttribute('lang', 'ar');
    await expect(heading(page, 'تسجيل الدخول')).toBeVisible();
    await expect(page.getByRole('button', { name: /خروج سريع/ })).toBeVisible();

    await page.reload();
    await expect(html).toHaveAttribute('dir', 'rtl');
    await expect(html).toHaveAttribute('lang', 'ar');
    await expect(heading(page, 'تسجيل الدخول')).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'اللغة' })).toHaveValue('ar');

    // The choice also holds on other pages of the same browser.
    await page.goto('/invite');
    await expect(html).toHaveAttribute('dir', 'rtl');
    await expect(heading(page, 'قبول الدعوة')).toBeVisible();
  });

  test('on a phone, a signed-in person switches language from the menu', async ({ openPage }) => {
    const page = await openPage({ role: 'survivor', viewport: PHONE });
    await page.goto('/survivor');
    await expect(heading(page, 'Survivor home')).toBeVisible();

    await page.getByRole('button', { name: 'Open menu' }).click();
    await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Español' });
    await expect(heading(page, 'Inicio de sobreviviente')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');

    await page.reload();
    await expect(heading(page, 'Inicio de sobreviviente')).toBeVisible();
  });
});
