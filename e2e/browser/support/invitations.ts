import type { APIRequest } from '@playwright/test';
import { authFile, BASE_URL } from './env';
import { expect } from './fixtures';
import { readInvitationLink, uniqueEmail } from './mail';

/**
 * Invites a new survivor as the demo caseworker through the API (the form itself is covered by
 * invitation.spec.ts) and returns the link from the email.
 */
export async function inviteThroughApi(requests: APIRequest): Promise<{ email: string; link: string }> {
  const email = uniqueEmail('invitee');
  const request = await requests.newContext({ baseURL: BASE_URL, storageState: authFile('caseworker') });
  try {
    const csrf = await request.get('/api/v1/auth/csrf');
    expect(csrf.status()).toBe(200);
    const { token } = (await csrf.json()) as { token: string };
    const created = await request.post('/api/v1/invitations', { headers: { 'X-CSRF-Token': token }, data: { email, role: 'survivor' } });
    expect(created.status(), await created.text()).toBe(201);
  } finally {
    await request.dispose();
  }
  return { email, link: await readInvitationLink(email) };
}
