import type { Locator, Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { expect, heading, test } from './support/fixtures';
import { readInvitationLink, uniqueEmail } from './support/mail';

// The "done when", walked through the portal by each person in a browser of their own:
// a caseworker creates a person's profile and invites them; the person sees their matches with
// the reasons, applies, and shares only their skills; the employer sees the application with
// only those skills, makes an offer and hires; the placement exists; the person stops sharing
// and the employer loses the application on its next load.

/** A demo job (apps/api/src/seed/demo-data.ts): North West, needs "Preparing food" and English. */
const JOB = 'Kitchen assistant';

const mainNav = (page: Page): Locator => page.getByRole('navigation', { name: 'Main' });

test('a caseworker creates a profile; the person is matched, applies and shares; the employer hires; revoking consent ends the employer’s access', async ({ openPage }) => {
  test.slow();
  const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const pseudonym = `Wren ${run}`;
  const email = uniqueEmail('person');
  const password = 'a-long-new-password-42';

  const caseworker = await openPage({ role: 'caseworker' });

  await test.step('the caseworker adds the person with a skill, a language and a region, and invites them', async () => {
    await caseworker.goto('/caseworker');
    await mainNav(caseworker).getByRole('link', { name: 'People', exact: true }).click();
    await expect(heading(caseworker, 'People')).toBeVisible();
    await caseworker.getByRole('link', { name: 'Add a person' }).click();
    await expect(heading(caseworker, 'Add a person')).toBeVisible();

    await caseworker.getByRole('textbox', { name: 'Name shown' }).fill(pseudonym);
    const skills = caseworker.getByRole('combobox', { name: 'Skills' });
    await expect(skills).toBeEnabled();
    await skills.fill('Preparing');
    await caseworker.getByRole('listbox', { name: 'Skills' }).getByRole('option', { name: 'Preparing food', exact: true }).click();
    await caseworker.getByRole('combobox', { name: 'Level' }).selectOption({ label: 'Can do it' });
    await caseworker.getByRole('combobox', { name: 'Languages they speak' }).fill('Engl');
    await caseworker.getByRole('listbox', { name: 'Languages they speak' }).getByRole('option', { name: 'English', exact: true }).click();
    await caseworker.getByRole('combobox', { name: 'Region where they can work' }).selectOption({ label: 'North West' });
    await caseworker.getByRole('textbox', { name: 'Email for an invitation' }).fill(email);
    await caseworker.getByRole('button', { name: 'Add person' }).click();

    await expect(heading(caseworker, pseudonym)).toBeVisible();
    await expect(caseworker.getByText('The person has been added and an invitation is on its way to them.')).toBeVisible();
    await expect(caseworker).toHaveURL(/\/caseworker\/survivors\/[0-9a-f-]{36}$/);
  });

  const person = await openPage({ role: null });

  await test.step('the person accepts the invitation and finds the job among their matches, with the reasons', async () => {
    await person.goto(await readInvitationLink(email));
    await expect(heading(person, 'Create your account')).toBeVisible();
    await person.getByRole('textbox', { name: 'Name to show' }).fill('Wren');
    await person.getByRole('textbox', { name: 'Password', exact: true }).fill(password);
    await person.getByRole('textbox', { name: 'Confirm password' }).fill(password);
    await person.getByRole('button', { name: 'Create account' }).click();
    await expect(person).toHaveURL('/survivor');

    await mainNav(person).getByRole('link', { name: 'Matched for you' }).click();
    await expect(heading(person, 'Matched for you')).toBeVisible();
    const card = person.getByRole('list', { name: 'Jobs matched for you' }).getByRole('article', { name: JOB });
    await expect(card).toBeVisible();
    await expect(card).toContainText('Has the one required skill');
    await expect(card).toContainText('In your region: North West');
    await expectNoAxeViolations(person, 'matched for you, with a match');
    await card.getByRole('link', { name: 'See and apply' }).click();
  });

  await test.step('the person applies, then shares only their skills with the employer', async () => {
    await expect(heading(person, JOB)).toBeVisible();
    await person.getByRole('button', { name: 'Apply', exact: true }).click();
    await person.getByRole('textbox', { name: 'A short message to the employer (optional)' }).fill('I prepare food every day and I am learning fast.');
    await person.getByRole('button', { name: 'Send application' }).click();
    await expect(person.getByText('You applied')).toBeVisible();
    await person.getByRole('link', { name: 'See your application' }).click();

    await expect(heading(person, JOB)).toBeVisible();
    await expect(person.getByRole('heading', { name: 'Share with the employer' })).toBeVisible();
    const what = person.getByRole('group', { name: 'What to share' });
    await what.getByRole('checkbox', { name: /^Skills/ }).check();
    await expect(what.getByRole('checkbox', { name: /^Contact details/ })).not.toBeChecked();
    await expect(what.getByRole('checkbox', { name: /^Full legal name/ })).not.toBeChecked();
    await expectNoAxeViolations(person, 'my application, before sharing');
    await person.getByRole('button', { name: 'Share with the employer' }).click();
    await expect(person.getByRole('heading', { name: 'What the employer can see' })).toBeVisible();
  });

  const employer = await openPage({ role: 'employer' });
  let applicationPath = '';

  await test.step('the employer sees the application with the pseudonym and the skills, and nothing else', async () => {
    await employer.goto('/employer');
    await mainNav(employer).getByRole('link', { name: 'Applications', exact: true }).click();
    await expect(heading(employer, 'Applications')).toBeVisible();
    await employer.getByRole('table', { name: 'Applications shared with you' }).getByRole('link', { name: pseudonym }).click();

    await expect(heading(employer, pseudonym)).toBeVisible();
    applicationPath = new URL(employer.url()).pathname;
    await expect(employer.getByText('Only what this person chose to share is shown.')).toBeVisible();
    await expect(employer.getByRole('heading', { name: 'Skills' })).toBeVisible();
    await expect(employer.getByRole('main')).toContainText('Preparing food');
    for (const hidden of ['Contact details', 'Full legal name', 'Languages']) {
      await expect(employer.getByRole('heading', { name: hidden })).toHaveCount(0);
    }
    await expect(employer.getByRole('main')).not.toContainText(email);
    await expectNoAxeViolations(employer, 'employer application, shared');
  });

  await test.step('the employer makes an offer and hires, which creates the placement', async () => {
    await employer.getByRole('button', { name: 'Make an offer' }).click();
    await employer.getByRole('dialog').getByRole('button', { name: 'Make the offer' }).click();
    await expect(employer.getByText('The offer is recorded.')).toBeVisible();

    await employer.getByRole('button', { name: 'Hire', exact: true }).click();
    const hire = employer.getByRole('dialog', { name: `Hire ${pseudonym}` });
    await hire.getByLabel('Start date').fill(new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10));
    await hire.getByRole('textbox', { name: 'Pay' }).fill('13.00');
    await hire.getByRole('combobox', { name: 'Paid' }).selectOption('hour');
    await hire.getByRole('spinbutton', { name: 'Hours a week' }).fill('30');
    await hire.getByRole('button', { name: 'Confirm hire' }).click();
    await expect(employer.getByText('Placement created')).toBeVisible();

    await employer.getByRole('link', { name: 'See your placements' }).first().click();
    await expect(heading(employer, 'Placements')).toBeVisible();
    await expect(employer.getByRole('main')).toContainText(pseudonym);
  });

  await test.step('the placement shows in the person’s work and on the caseworker’s placements', async () => {
    await mainNav(person).getByRole('link', { name: 'My work' }).click();
    await expect(heading(person, 'My work')).toBeVisible();
    await expect(person.getByRole('main')).toContainText(JOB);

    await mainNav(caseworker).getByRole('link', { name: 'Placements', exact: true }).click();
    await expect(heading(caseworker, 'Placements')).toBeVisible();
    await expect(caseworker.getByRole('main')).toContainText(pseudonym);
  });

  await test.step('the person sees who viewed their information, then stops sharing; the employer loses the application at once', async () => {
    await mainNav(person).getByRole('link', { name: 'Who has seen my information' }).click();
    await expect(heading(person, 'Who has seen my information')).toBeVisible();
    await expect(person.getByRole('main')).toContainText('Green Valley Foods');

    await mainNav(person).getByRole('link', { name: 'Sharing', exact: true }).click();
    await expect(heading(person, 'Sharing')).toBeVisible();
    await person.getByRole('button', { name: 'Stop sharing' }).first().click();
    await person.getByRole('dialog').getByRole('button', { name: 'Stop sharing' }).click();
    await expect(person.getByText('You stopped sharing with Green Valley Foods.')).toBeVisible();

    await employer.goto(applicationPath);
    await expect(heading(employer, 'This application is no longer shared with you')).toBeVisible();
    await expect(employer.getByRole('main')).not.toContainText('Preparing food');
    await employer.goto('/employer/applications');
    await expect(heading(employer, 'Applications')).toBeVisible();
    await expect(employer.getByRole('main')).not.toContainText(pseudonym);
  });
});
