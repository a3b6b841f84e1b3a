import { BASE_URL, DEMO_PASSWORD, DEMO_USERS } from './support/env';
import { expect, heading, quickExitButton, signIn, test } from './support/fixtures';
import { readInvitationLink, uniqueEmail } from './support/mail';

test('a caseworker invites someone by email, who creates their account from the link once', async ({ page, openPage }) => {
  const email = uniqueEmail('invitee');
  const displayName = 'River';
  const password = 'a-long-new-password-42';

  // The caseworker sends the invitation.
  await signIn(page, DEMO_USERS.caseworker.email, DEMO_PASSWORD);
  await expect(heading(page, 'Caseworker home')).toBeVisible();
  await page.getByRole('main').getByRole('link', { name: 'Invite someone' }).click();
  await expect(page).toHaveURL('/caseworker/invite');
  await expect(heading(page, 'Invite someone')).toBeVisible();
  await expect(page.getByText('They will join Riverside Support Network.')).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Role' })).toHaveValue('survivor');
  await page.getByRole('textbox', { name: 'Their email' }).fill(email);
  await page.getByRole('button', { name: 'Send invitation' }).click();
  await expect(page.getByRole('status')).toHaveText(`Invitation sent to ${email}`);
  await expect(page.getByRole('textbox', { name: 'Their email' })).toHaveValue('');

  // The email arrives with a link to this portal.
  const link = await readInvitationLink(email);
  expect(new URL(link).origin).toBe(BASE_URL);
  expect(new URL(link).pathname).toBe('/invite');

  // The invited person opens it on their own device.
  const invitee = await openPage({ role: null });
  await invitee.goto(link);
  await expect(heading(invitee, 'Create your account')).toBeVisible();
  // The token leaves the address bar (and so history and bookmarks) once read.
  await expect(invitee).toHaveURL(`${BASE_URL}/invite`);
  expect(await invitee.evaluate<string>('window.location.hash')).toBe('');
  await expect(quickExitButton(invitee)).toBeVisible();
  await expect(invitee.getByText('You have been invited to join Riverside Support Network.')).toBeVisible();
  await expect(invitee.getByText('Job seeker')).toBeVisible();
  await expect(invitee.getByText(/^Invitation valid until /)).toBeVisible();
  await expect(invitee.getByRole('textbox', { name: 'Email', exact: true })).toHaveValue(email);

  await invitee.getByRole('textbox', { name: 'Name to show' }).fill(displayName);
  await invitee.getByRole('textbox', { name: 'Password', exact: true }).fill(password);
  await invitee.getByRole('textbox', { name: 'Confirm password' }).fill(password);
  await invitee.getByRole('button', { name: 'Create account' }).click();

  await expect(invitee).toHaveURL('/survivor');
  await expect(heading(invitee, 'Survivor home')).toBeVisible();
  await expect(invitee.getByText(`Hello, ${displayName}`)).toBeVisible();
  await expect(invitee.getByText('Organisation: Riverside Support Network')).toBeVisible();

  // The new password works for signing in again.
  await invitee.getByRole('button', { name: 'Sign out' }).click();
  await expect(invitee).toHaveURL('/sign-in');
  await signIn(invitee, email, password);
  await expect(heading(invitee, 'Survivor home')).toBeVisible();

  // The link worked once: opened again (here, or by anyone who finds it), it does not.
  const later = await openPage({ role: null });
  await later.goto(link);
  await expect(heading(later, 'Accept invitation')).toBeVisible();
  await expect(later.getByRole('alert')).toContainText('This invitation link does not work');
  await expect(later.getByRole('alert')).toContainText('It may have expired or already been used.');
  await expect(later.getByRole('textbox', { name: 'Name to show' })).toHaveCount(0);
  await expect(later).toHaveURL(`${BASE_URL}/invite`);
});
