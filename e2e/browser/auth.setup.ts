import { test as setup, expect } from '@playwright/test';
import { authFile, DEMO_PASSWORD, DEMO_USERS, ROLES } from './support/env';

// One session per demo user for the specs that start signed in. Signing in through the form is
// what sign-in.spec.ts proves; here the API is enough, and it keeps under the login rate limits.
setup('sign in each demo user and save the browser state', async ({ playwright, baseURL }) => {
  for (const role of ROLES) {
    const request = await playwright.request.newContext({ baseURL });
    const csrf = await request.get('/api/v1/auth/csrf');
    expect(csrf.status()).toBe(200);
    const { token } = (await csrf.json()) as { token: string };
    const login = await request.post('/api/v1/auth/login', {
      headers: { 'X-CSRF-Token': token },
      data: { email: DEMO_USERS[role].email, password: DEMO_PASSWORD },
    });
    expect(login.status(), `sign-in of ${DEMO_USERS[role].email}`).toBe(200);
    await request.storageState({ path: authFile(role) });
    await request.dispose();
  }
});
