import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n, LANGUAGE_STORAGE_KEY, detectLanguage } from '../../../i18n/i18n';
import { mockApi, renderApp } from '../../../test/render';

describe('language switch', () => {
  afterEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('switches the page to Arabic, right to left, and remembers the choice', async () => {
    mockApi([{ path: '/api/v1/auth/me', status: 401, body: { statusCode: 401, code: 'unauthenticated', message: '' } }]);
    renderApp('/sign-in');
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: 'Language' }), 'ar');

    expect(await screen.findByRole('heading', { level: 1, name: 'تسجيل الدخول' })).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    expect(document.documentElement).toHaveAttribute('lang', 'ar');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('ar');
    expect(screen.getByRole('button', { name: 'خروج سريع' })).toBeInTheDocument();

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'اللغة' }), 'es');
    expect(await screen.findByRole('heading', { level: 1, name: 'Iniciar sesión' })).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('dir', 'ltr');
  });

  it('starts from the stored choice, then the browser languages, then English', () => {
    expect(detectLanguage('ar', ['es-MX'])).toBe('ar');
    expect(detectLanguage(null, ['fr-FR', 'es-MX'])).toBe('es');
    expect(detectLanguage('klingon', ['de'])).toBe('en');
  });
});
