import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { csrfTokens } from '../api/client';
import { i18n } from '../i18n/i18n';

// CI machines have two cores; give findBy* queries room before calling a test failed.
configure({ asyncUtilTimeout: 3000 });

beforeEach(async () => {
  await i18n.changeLanguage('en');
});

afterEach(() => {
  cleanup();
  csrfTokens.clear();
  window.localStorage.clear();
  window.sessionStorage.clear();
  document.documentElement.style.visibility = '';
});
