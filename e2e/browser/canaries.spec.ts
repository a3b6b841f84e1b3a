import type { Download, Locator, Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { BrowserTrail, Markers, readBrowserStorage, type Place } from './support/canaries';
import { BASE_URL, DEMO_USERS } from './support/env';
import { expect, heading, test } from './support/fixtures';
import { readAllEmails, readEmail, readInvitationLink } from './support/mail';
import { DEMO_RECORDS, readDemoIds } from './support/records';

// Issue 6's personal-data canaries, the browser half (the API half is e2e/http/canaries.e2e-spec.ts):
// a caseworker adds a person with a marker string in every personal field the form offers, and
// the person, the caseworker and an employer the person shares with write free text wherever the
// portal lets them (an application message, an interview note, a business plan, case notes on a
// follow-up). Each opens the pages about the person. Then nothing a browser keeps may hold a
// marker: no address it asked for or went to (also URL-decoded), no tab title (the tab switcher
// and the history list show them), no history state, no download's name, nothing in its storage
// for the portal (a stolen or shared phone), and no email the API wrote (subject and body).
//
// Nobody types a marker into a search box: words a caseworker searches for are their own query,
// sent as such; what is checked is that the portal never puts a person's details in an address
// by itself.
//
// Not walked: a check-in's note. A new person's check-ins open only when the API's scan runs
// (every ten minutes), and the demo's open ones are Sam's and River's, which other specs own.

const mainNav = (page: Page): Locator => page.getByRole('navigation', { name: 'Main' });

/** A digit string no one else uses: phone numbers take only digits, spaces and a "+". */
const randomDigits = (count: number): string => Array.from({ length: count }, () => Math.floor(Math.random() * 10)).join('');

/** A date in the past, day and month chosen at random (valid in every month). */
const randomBirthDate = (): string =>
  `19${50 + Math.floor(Math.random() * 40)}-${String(1 + Math.floor(Math.random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(Math.random() * 28)).padStart(2, '0')}`;

/** The id at the end of the page's address. */
function idInAddress(page: Page, pattern: RegExp): string {
  const id = pattern.exec(new URL(page.url()).pathname)?.[1];
  if (!id) throw new Error(`No id in ${page.url()} for ${pattern}`);
  return id;
}

/** Saves a download and returns its text; the trail has recorded its name and address. */
async function downloaded(download: Download): Promise<string> {
  const path = await download.path();
  return readFile(path, 'utf8');
}

test('personal details planted in every field stay out of addresses, tab titles, browser storage and emails', async ({ openPage, playwright }) => {
  // Three people, a dozen steps: under a minute alone, about two in the whole suite on two cores.
  test.setTimeout(240_000);
  const markers = new Markers();
  const pseudonym = markers.plant('Pseudonym');
  const legalName = markers.plant('LegalName');
  const editedLegalName = markers.plant('LegalNameEdited');
  // Lower case: the API keeps addresses lower-cased.
  const emailLocalPart = markers.plant('Email', `canaryemail${markers.tag}`);
  const email = `${emailLocalPart}@example.org`;
  const phone = markers.plant('Phone', `07${randomDigits(9)}`);
  const dateOfBirth = markers.plant('DateOfBirth', randomBirthDate());
  const displayName = markers.plant('DisplayName');
  const applicationMessage = markers.plant('ApplicationMessage');
  const interviewNote = markers.plant('InterviewNote');
  const businessPlan = markers.plant('BusinessPlan');
  const flagNote = markers.plant('FlagNote');
  const resolutionNote = markers.plant('ResolutionNote');
  const password = 'a-long-new-password-42';

  const ids = await readDemoIds(playwright.request);
  const caseworker = await openPage({ role: 'caseworker' });
  const caseworkerTrail = await BrowserTrail.start('caseworker', caseworker);
  let survivorId = '';

  await test.step('the caseworker adds the person with a marker in every personal field, and invites them', async () => {
    await caseworker.goto('/caseworker');
    await mainNav(caseworker).getByRole('link', { name: 'People', exact: true }).click();
    await expect(heading(caseworker, 'People')).toBeVisible();
    await caseworkerTrail.visited(caseworker);
    await caseworker.getByRole('link', { name: 'Add a person' }).click();
    await expect(heading(caseworker, 'Add a person')).toBeVisible();
    await caseworkerTrail.visited(caseworker);

    await caseworker.getByRole('textbox', { name: 'Name shown' }).fill(pseudonym);
    await caseworker.getByRole('textbox', { name: 'Legal name' }).fill(legalName);
    await caseworker.getByLabel('Date of birth').fill(dateOfBirth);
    await caseworker.getByRole('textbox', { name: 'Phone' }).fill(phone);
    await caseworker.getByRole('textbox', { name: 'Email', exact: true }).fill(email);
    await caseworker.getByRole('textbox', { name: 'Email for an invitation' }).fill(email);
    await caseworker.getByRole('button', { name: 'Add person' }).click();

    await expect(heading(caseworker, pseudonym)).toBeVisible();
    await expect(caseworker.getByText('The person has been added and an invitation is on its way to them.')).toBeVisible();
    survivorId = idInAddress(caseworker, /^\/caseworker\/survivors\/([0-9a-f-]{36})$/);
    // The markers are there to be found: the page shows them.
    for (const shown of [legalName, phone, email]) await expect(caseworker.getByRole('main')).toContainText(shown);
    await caseworkerTrail.visited(caseworker);
  });

  await test.step('the caseworker edits the legal name, and downloads the person’s data under a name that says nothing', async () => {
    await caseworker.getByRole('button', { name: 'Edit profile' }).click();
    await expect(caseworker.getByRole('heading', { name: 'Edit profile' })).toBeVisible();
    await caseworkerTrail.visited(caseworker);
    await caseworker.getByRole('textbox', { name: 'Legal name' }).fill(editedLegalName);
    await caseworker.getByRole('button', { name: 'Save changes' }).click();
    await expect(caseworker.getByText('Changes saved.')).toBeVisible();
    await expect(caseworker.getByRole('main')).toContainText(editedLegalName);
    await expect(caseworker.getByRole('heading', { name: 'Consents' })).toBeVisible();
    await caseworkerTrail.visited(caseworker);

    const [download] = await Promise.all([caseworker.waitForEvent('download'), caseworker.getByRole('link', { name: 'Download data' }).click()]);
    // The file holds the data (which is why it is downloaded); its name and address do not.
    expect(await downloaded(download)).toContain(editedLegalName);
  });

  const survivor = await openPage({ role: null });
  const survivorTrail = await BrowserTrail.start('person', survivor);
  let applicationId = '';
  let grantApplicationId = '';

  await test.step('the person accepts the invitation from the email, under a name of their own', async () => {
    await survivor.goto(await readInvitationLink(email));
    await expect(heading(survivor, 'Create your account')).toBeVisible();
    await expect(survivor.getByRole('textbox', { name: 'Email', exact: true })).toHaveValue(email);
    await survivorTrail.visited(survivor);
    await survivor.getByRole('textbox', { name: 'Name to show' }).fill(displayName);
    await survivor.getByRole('textbox', { name: 'Password', exact: true }).fill(password);
    await survivor.getByRole('textbox', { name: 'Confirm password' }).fill(password);
    await survivor.getByRole('button', { name: 'Create account' }).click();
    await expect(heading(survivor, 'Survivor home')).toBeVisible();
    await expect(survivor.getByText(`Hello, ${displayName}`)).toBeVisible();
    await survivorTrail.visited(survivor);
  });

  await test.step('the person opens their pages: messages, find work, profile, matches', async () => {
    await mainNav(survivor).getByRole('link', { name: 'Messages', exact: true }).click();
    await expect(heading(survivor, 'Messages')).toBeVisible();
    await survivorTrail.visited(survivor);
    // Nothing is typed into the search: a person's own search words are theirs to send.
    await mainNav(survivor).getByRole('link', { name: 'Find work', exact: true }).click();
    await expect(heading(survivor, 'Find work and grants')).toBeVisible();
    await survivorTrail.visited(survivor);
    await mainNav(survivor).getByRole('link', { name: 'My profile', exact: true }).click();
    await expect(heading(survivor, 'My profile')).toBeVisible();
    await expect(survivor.getByRole('textbox', { name: 'Name shown to others' })).toHaveValue(pseudonym);
    await survivorTrail.visited(survivor);
    await mainNav(survivor).getByRole('link', { name: 'Matched for you', exact: true }).click();
    await expect(heading(survivor, 'Matched for you')).toBeVisible();
    await survivorTrail.visited(survivor);
  });

  await test.step('the person applies for a job with a message and shares their contact details and legal name', async () => {
    await survivor.goto(`/survivor/opportunities/jobs/${ids.publishedJob}`);
    await expect(heading(survivor, DEMO_RECORDS.publishedJob)).toBeVisible();
    await survivorTrail.visited(survivor);
    await survivor.getByRole('button', { name: 'Apply', exact: true }).click();
    await survivor.getByRole('textbox', { name: 'A short message to the employer (optional)' }).fill(`I have served customers for years. ${applicationMessage}`);
    await survivor.getByRole('button', { name: 'Send application' }).click();
    await expect(survivor.getByText('You applied')).toBeVisible();
    await survivor.getByRole('link', { name: 'See your application' }).click();

    await expect(heading(survivor, DEMO_RECORDS.publishedJob)).toBeVisible();
    applicationId = idInAddress(survivor, /^\/survivor\/applications\/([0-9a-f-]{36})$/);
    await survivorTrail.visited(survivor);
    const what = survivor.getByRole('group', { name: 'What to share' });
    await what.getByRole('checkbox', { name: /^Contact details/ }).check();
    await what.getByRole('checkbox', { name: /^Full legal name/ }).check();
    await survivor.getByRole('button', { name: 'Share with the employer' }).click();
    await expect(survivor.getByRole('heading', { name: 'What the employer can see' })).toBeVisible();
    await survivorTrail.visited(survivor);
  });

  await test.step('the person applies for a grant with a business plan', async () => {
    await survivor.goto(`/survivor/opportunities/grants/${ids.grant}`);
    await expect(heading(survivor, DEMO_RECORDS.grant)).toBeVisible();
    await survivorTrail.visited(survivor);
    await survivor.getByRole('button', { name: 'Apply for this grant' }).click();
    await survivor
      .getByRole('textbox', { name: 'Your business idea' })
      .fill(`A soup stall at the Saturday market: a gas ring, two pots and a gazebo. ${businessPlan}`);
    await survivor.getByRole('textbox', { name: 'How much do you need?' }).fill('600');
    await survivor.getByRole('button', { name: 'Send application' }).click();
    await expect(survivor.getByText('Your application is sent')).toBeVisible();
    await survivor.getByRole('link', { name: 'See your application' }).click();
    await expect(heading(survivor, DEMO_RECORDS.grant)).toBeVisible();
    grantApplicationId = idInAddress(survivor, /^\/survivor\/grant-applications\/([0-9a-f-]{36})$/);
    await expect(survivor.getByRole('main')).toContainText(businessPlan);
    await survivorTrail.visited(survivor);
  });

  await test.step('the person downloads their data, asks for it to be deleted, and presses "I don’t feel safe"', async () => {
    await mainNav(survivor).getByRole('link', { name: 'My profile', exact: true }).click();
    await expect(heading(survivor, 'My profile')).toBeVisible();
    const [download] = await Promise.all([survivor.waitForEvent('download'), survivor.getByRole('link', { name: 'Download my data' }).click()]);
    expect(await downloaded(download)).toContain(editedLegalName);

    await survivor.getByRole('button', { name: 'Ask to delete my data' }).click();
    await survivor.getByRole('dialog').getByRole('button', { name: 'Send the request' }).click();
    await expect(survivor.getByText('Your request has been sent. Your caseworker will contact you.')).toBeVisible();
    await survivorTrail.visited(survivor);

    await survivor.getByRole('banner').getByRole('button', { name: 'I don\'t feel safe', exact: true }).click();
    const dialog = survivor.getByRole('dialog', { name: 'We\'ve let your caseworker know' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Keep using the app' }).click();
    await expect(dialog).toHaveCount(0);
  });

  const employer = await openPage({ role: 'employer' });
  const employerTrail = await BrowserTrail.start('employer', employer);

  await test.step('the employer reads the shared application and invites the person to an interview with a note', async () => {
    await employer.goto('/employer');
    await mainNav(employer).getByRole('link', { name: 'Applications', exact: true }).click();
    await expect(heading(employer, 'Applications')).toBeVisible();
    await employerTrail.visited(employer);
    // Opened by its address: the list's first page need not show it, with the other specs' applications.
    await employer.goto(`/employer/applications/${applicationId}`);
    await expect(heading(employer, pseudonym)).toBeVisible();
    await expect(employer.getByRole('main')).toContainText(editedLegalName);
    await expect(employer.getByRole('main')).toContainText(applicationMessage);
    await employerTrail.visited(employer);

    await employer.getByRole('button', { name: 'Invite to interview' }).click();
    const invite = employer.getByRole('dialog', { name: `Invite ${pseudonym} to an interview` });
    await invite.getByRole('textbox', { name: 'Message for the person (optional)' }).fill(`Tuesday at ten, at the café. ${interviewNote}`);
    await invite.getByRole('button', { name: 'Send the invitation' }).click();
    await expect(employer.getByText('The invitation to interview is recorded.')).toBeVisible();
    await employerTrail.visited(employer);
  });

  await test.step('the person reads the invitation and opens the rest of their pages', async () => {
    await mainNav(survivor).getByRole('link', { name: 'My applications', exact: true }).click();
    await expect(heading(survivor, 'My applications')).toBeVisible();
    await survivorTrail.visited(survivor);
    await survivor.getByRole('list', { name: 'My applications' }).getByRole('link', { name: DEMO_RECORDS.publishedJob }).click();
    await expect(heading(survivor, DEMO_RECORDS.publishedJob)).toBeVisible();
    await expect(survivor.getByRole('main')).toContainText(interviewNote);
    await survivorTrail.visited(survivor);
    for (const [link, title] of [
      ['Sharing', 'Sharing'],
      ['Who has seen my information', 'Who has seen my information'],
      ['My work', 'My work'],
      ['My grant applications', 'My grant applications'],
      ['Home', 'Survivor home'],
    ]) {
      await mainNav(survivor).getByRole('link', { name: link, exact: true }).click();
      await expect(heading(survivor, title)).toBeVisible();
      await survivorTrail.visited(survivor);
    }
  });

  let flagId = '';

  await test.step('the caseworker opens the person’s record, timeline and follow-up, and writes case notes', async () => {
    await caseworker.goto(`/caseworker/survivors/${survivorId}`);
    await expect(heading(caseworker, pseudonym)).toBeVisible();
    await expect(caseworker.getByText(/^They asked on .* for their record to be erased$/)).toBeVisible();
    await expect(caseworker.getByRole('list', { name: 'Consents' }).getByRole('listitem')).toHaveCount(1);
    await caseworkerTrail.visited(caseworker);

    await caseworker.getByRole('link', { name: 'Timeline and follow-ups' }).click();
    await expect(heading(caseworker, `Timeline for ${pseudonym}`)).toBeVisible();
    await caseworkerTrail.visited(caseworker);
    await caseworker.getByRole('region', { name: 'Follow-ups' }).getByRole('link', { name: /^Follow-up opened / }).click();
    await expect(heading(caseworker, `Follow-up for ${pseudonym} (Critical)`)).toBeVisible();
    flagId = idInAddress(caseworker, /^\/caseworker\/flags\/([0-9a-f-]{36})$/);
    await caseworkerTrail.visited(caseworker);

    await caseworker.getByRole('button', { name: 'Acknowledge', exact: true }).click();
    await expect(caseworker.getByRole('status').filter({ hasText: 'Acknowledged.' })).toBeVisible();
    await caseworker.getByRole('textbox', { name: 'Note', exact: true }).fill(`Called back, they are with a friend tonight. ${flagNote}`);
    await caseworker.getByRole('button', { name: 'Add note' }).click();
    await expect(caseworker.getByText('Note added to the history.')).toBeVisible();
    const resolve = caseworker.getByRole('region', { name: 'Resolve' });
    await resolve.getByRole('combobox', { name: 'Outcome' }).selectOption({ label: 'Moved to a safe place' });
    await resolve.getByRole('textbox', { name: 'What was done and what was found' }).fill(`Found a room at the refuge. ${resolutionNote}`);
    await resolve.getByRole('button', { name: 'Resolve', exact: true }).click();
    await expect(caseworker.getByRole('status').filter({ hasText: 'Resolved. Notes can still be added.' })).toBeVisible();
    await expect(caseworker.getByRole('region', { name: 'History' })).toContainText(flagNote);
    await caseworkerTrail.visited(caseworker);
  });

  await test.step('the caseworker opens the person’s application and grant application, and the lists they are in', async () => {
    await caseworker.goto(`/caseworker/applications/${applicationId}`);
    await expect(heading(caseworker, `Application: ${DEMO_RECORDS.publishedJob}`)).toBeVisible();
    await expect(caseworker.getByRole('main')).toContainText(applicationMessage);
    await caseworkerTrail.visited(caseworker);
    await caseworker.goto(`/caseworker/grant-applications/${grantApplicationId}`);
    await expect(heading(caseworker, DEMO_RECORDS.grant)).toBeVisible();
    await expect(caseworker.getByRole('main')).toContainText(businessPlan);
    await caseworkerTrail.visited(caseworker);
    for (const [link, title] of [
      ['Follow-ups', 'Follow-ups'],
      ['Applications', 'Applications'],
      ['Grant applications', 'Grant applications'],
      ['People', 'People'],
    ]) {
      await mainNav(caseworker).getByRole('link', { name: link, exact: true }).click();
      await expect(heading(caseworker, title)).toBeVisible();
      await caseworkerTrail.visited(caseworker);
    }
  });

  await test.step('no address, tab title, history state, download name, stored item or email holds a marker', async () => {
    // The last emails the walk caused: the alarm's, to the caseworker (the invitation came first).
    await readEmail({ to: DEMO_USERS.caseworker.email, subject: 'Someone you support asked for help', containing: `${BASE_URL}/caseworker/flags/${flagId}` });

    const trails = [caseworkerTrail, survivorTrail, employerTrail];
    const storage: Place[] = [
      ...(await readBrowserStorage('caseworker', caseworker)),
      ...(await readBrowserStorage('person', survivor)),
      ...(await readBrowserStorage('employer', employer)),
    ];
    // Headers other than the subject are left out: To: holds the person's address, which the
    // invitation has to be sent to, and nobody sees it who does not hold that inbox already.
    const emails = await readAllEmails();
    const inEmails: Place[] = emails.map(({ file, subject, body }) => ({ place: `email ${file} "${subject}"`, text: `${subject}\n${body}` }));
    const urls = trails.flatMap((trail) => trail.urls);
    const hits = markers.hitsIn([...trails.flatMap((trail) => trail.places), ...storage, ...inEmails]);

    console.log(`browser canaries: ${markers.size} markers, ${urls.length} URLs, ${storage.length} storage items, ${emails.length} emails searched, ${hits.length} hits`);
    expect(hits, 'markers found where nothing identifying may go').toEqual([]);

    // The search reached what it claims to: the API's requests, every person's titles, the invitation.
    expect(urls.filter(({ text }) => text.startsWith(`${BASE_URL}/api/`)).length).toBeGreaterThan(20);
    for (const trail of trails) expect(trail.titles.length, `${trail.who}'s titles`).toBeGreaterThan(2);
    expect(survivorTrail.downloads.length + caseworkerTrail.downloads.length).toBe(2);
    expect(emails.filter(({ to }) => to.toLowerCase().includes(email.toLowerCase())).map(({ subject }) => subject)).toContain('Your account invitation');
  });
});
