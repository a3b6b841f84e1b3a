import type { Locator, Page } from '@playwright/test';
import { DEMO_USERS, PHONE } from './support/env';
import { expect, heading, test } from './support/fixtures';
import { uniqueEmail } from './support/mail';

// The "done when", walked through the portal by each person in a browser of their own:
// a new employer registers and prepares a job, cannot publish it until a caseworker has vetted
// the organisation, then publishes it; a survivor finds it with a misspelt word; a suspension
// takes it out of search and off its page, with no reindex by hand.

const JOB_TITLE = 'Hospitality assistant';
/** "hospitality" with one typo: found through the embedded engine's typo tolerance. */
const MISSPELT = 'hospitaility';
const SEARCH_PATH = '/survivor/opportunities';
/** The search index follows a change within a couple of seconds; a loaded CI machine gets more. */
const INDEX_DELAY = { timeout: 30_000, intervals: [500, 1_000, 2_000] };

const mainNav = (page: Page): Locator => page.getByRole('navigation', { name: 'Main' });
const results = (page: Page): Locator => page.getByRole('region', { name: 'Results' });

/**
 * Searches as the survivor would, from a freshly loaded search page: the results of a search
 * are kept for a minute in the page, so asking again means loading it again. Resolves once the
 * results are in.
 */
async function search(page: Page, text: string): Promise<void> {
  await page.goto(SEARCH_PATH);
  await expect(heading(page, 'Find work and grants')).toBeVisible();
  await page.getByRole('searchbox', { name: 'What kind of work?' }).fill(text);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  // The words stay out of the address bar (and so out of the history of a watched phone).
  await expect(page).toHaveURL(SEARCH_PATH);
  await expect(results(page)).toHaveAttribute('aria-busy', 'false');
  await expect(results(page).getByRole('status')).toHaveText(/^Results found: \d+/);
}

test('a new employer is vetted, publishes a job a survivor finds with a typo, and a suspension takes it out of search', async ({ openPage }) => {
  test.slow();
  const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const organisation = `Harbour Kitchens ${run}`;
  const ownerEmail = uniqueEmail('employer');
  const password = 'a-long-new-password-42';
  const suspensionReason = 'Workers reported that their passports are kept by the manager.';

  const employer = await openPage({ role: null });
  let jobPath = '';

  await test.step('the employer registers the organisation and lands signed in', async () => {
    await employer.goto('/sign-in');
    await employer.getByRole('link', { name: 'Hiring? Register your organisation' }).click();
    await expect(heading(employer, 'Register your organisation')).toBeVisible();

    await employer.getByRole('textbox', { name: 'Organisation name' }).fill(organisation);
    await employer.getByRole('textbox', { name: 'Legal name' }).fill(`${organisation} Ltd`);
    await employer.getByRole('textbox', { name: 'Registration number' }).fill(`HK${run}`.slice(0, 20).toUpperCase());
    await employer.getByRole('combobox', { name: 'Sector' }).selectOption({ label: 'Hotels and hospitality' });
    const regions = employer.getByRole('combobox', { name: 'Regions' });
    await expect(regions).toBeEnabled();
    await regions.fill('Lond');
    await employer.getByRole('option', { name: 'London', exact: true }).click();
    await employer.getByRole('textbox', { name: 'Contact name' }).fill('Robin Harbour');
    await employer.getByRole('textbox', { name: 'Contact email' }).fill(ownerEmail);
    await employer.getByRole('textbox', { name: 'Contact phone' }).fill('+44 20 7946 0000');
    await employer.getByRole('textbox', { name: 'Your name', exact: true }).fill('Robin');
    await employer.getByRole('textbox', { name: 'Your email', exact: true }).fill(ownerEmail);
    await employer.getByRole('textbox', { name: 'Password', exact: true }).fill(password);
    await employer.getByRole('textbox', { name: 'Confirm password', exact: true }).fill(password);
    await employer.getByRole('button', { name: 'Register', exact: true }).click();

    await expect(employer).toHaveURL(DEMO_USERS.employer.home);
    await expect(heading(employer, DEMO_USERS.employer.heading)).toBeVisible();
    await expect(employer.getByText('Hello, Robin')).toBeVisible();
    await expect(employer.getByText(`Organisation: ${organisation}`)).toBeVisible();
    await expect(employer.getByText('We have your registration. A caseworker will review it soon.')).toBeVisible();
  });

  await test.step('the employer saves a job as a draft, above the wage floor', async () => {
    await mainNav(employer).getByRole('link', { name: 'Jobs', exact: true }).click();
    await expect(heading(employer, 'Jobs')).toBeVisible();
    await employer.getByRole('link', { name: 'Post a job' }).click();
    await expect(heading(employer, 'Post a job')).toBeVisible();

    await employer.getByRole('textbox', { name: 'Job title' }).fill(JOB_TITLE);
    await employer
      .getByRole('textbox', { name: 'Description' })
      .fill('Set up the breakfast room, serve guests and keep the dining area tidy. Full training on the first week.');
    await employer.getByRole('combobox', { name: 'Sector' }).selectOption({ label: 'Hotels and hospitality' });
    const region = employer.getByRole('combobox', { name: 'Region' });
    await expect(region).toBeEnabled();
    await region.selectOption({ label: 'London' });
    const wage = employer.getByRole('textbox', { name: 'Wage in GBP' });
    await expect(wage).toHaveAccessibleDescription(/The lowest wage a job in London can be published at is £12\.71 an hour\./);
    await wage.fill('13.50');
    await expect(employer.getByRole('combobox', { name: 'Wage period' })).toHaveValue('hour');
    await employer.getByRole('textbox', { name: 'Hours per week' }).fill('30');
    await employer.getByRole('button', { name: 'Save draft' }).click();

    await expect(heading(employer, JOB_TITLE)).toBeVisible();
    await expect(employer.getByRole('status')).toHaveText('Draft saved. Publish it when it is ready and your organisation is vetted.');
    await expect(employer).toHaveURL(/\/employer\/jobs\/[^/]+$/);
    jobPath = new URL(employer.url()).pathname;
  });

  await test.step('the employer cannot publish before the organisation is vetted, and is told why', async () => {
    const blocked = employer.getByRole('note').filter({ hasText: 'You cannot publish jobs yet' });
    await expect(blocked).toContainText('Your organisation has not been vetted yet.');
    await expect(employer.getByRole('button', { name: 'Save and publish' })).toBeDisabled();

    // The portal does not offer the button; the API refuses too, with the words the page shows.
    const csrf = await employer.request.get('/api/v1/auth/csrf');
    const { token } = (await csrf.json()) as { token: string };
    const refused = await employer.request.post(`/api/v1${jobPath.replace('/employer', '')}/publish`, { headers: { 'X-CSRF-Token': token } });
    expect(refused.status()).toBe(403);
    expect(await refused.json()).toMatchObject({ code: 'employer_not_vetted', message: expect.stringContaining('has not been vetted yet') });
  });

  const caseworker = await openPage({ role: 'caseworker' });
  let reviewPath = '';

  await test.step('a caseworker finds the new employer, takes it into review, confirms the whole checklist and vets it', async () => {
    await caseworker.goto(DEMO_USERS.caseworker.home);
    await mainNav(caseworker).getByRole('link', { name: 'Employer vetting' }).click();
    await expect(heading(caseworker, 'Employer vetting')).toBeVisible();
    await expect(caseworker.getByRole('combobox', { name: 'Show' })).toHaveValue('waiting');
    const card = caseworker.getByRole('listitem').filter({ has: caseworker.getByRole('link', { name: organisation }) });
    await expect(card).toContainText('Waiting for review');
    await card.getByRole('link', { name: organisation }).click();
    await expect(heading(caseworker, organisation)).toBeVisible();
    reviewPath = new URL(caseworker.url()).pathname;
    await expect(caseworker.getByRole('region', { name: 'Jobs' })).toContainText(JOB_TITLE);

    await caseworker.getByRole('button', { name: 'Take into review' }).click();
    await expect(caseworker.getByRole('status')).toHaveText(/You have taken this employer into review/);
    await expect(caseworker.getByRole('button', { name: 'Take into review' })).toHaveCount(0);

    const confirmations = caseworker.getByRole('radio', { name: 'Confirmed', exact: true });
    await expect(confirmations).toHaveCount(6);
    for (const confirmation of await confirmations.all()) await confirmation.check();
    await caseworker
      .getByRole('group', { name: 'The business is lawfully registered' })
      .getByRole('textbox', { name: 'Evidence reference' })
      .fill(`Companies register extract ${run}`);
    await caseworker.getByRole('radio', { name: 'Vet this employer' }).check();
    // One year from today unless changed.
    await expect(caseworker.getByLabel('Vetted until')).toHaveValue(/^\d{4}-\d{2}-\d{2}$/);
    await caseworker.getByRole('button', { name: 'Record decision' }).click();

    await expect(caseworker.getByRole('status')).toHaveText('Decision recorded: the employer is vetted and can publish jobs.');
    // Beside the status, and again in the history.
    await expect(caseworker.getByText(/^Valid until /)).toHaveCount(2);
  });

  await test.step('the employer publishes the job', async () => {
    await mainNav(employer).getByRole('link', { name: 'Jobs', exact: true }).click();
    await expect(heading(employer, 'Jobs')).toBeVisible();
    await expect(employer.getByRole('note')).toHaveCount(0);
    await employer.getByRole('link', { name: JOB_TITLE }).click();
    await expect(heading(employer, JOB_TITLE)).toBeVisible();
    await expect(employer.getByText('Only your organisation can see this draft.')).toBeVisible();
    const publish = employer.getByRole('button', { name: 'Save and publish' });
    await expect(publish).toBeEnabled();
    await publish.click();
    await expect(employer.getByRole('status')).toHaveText('Published. People looking for work can now find this job.');
    await expect(employer.getByText(/^Published on .+\. People looking for work can find it\.$/)).toBeVisible();
  });

  const survivor = await openPage({ role: 'survivor' });
  const ourJob = results(survivor).getByRole('article').filter({ hasText: organisation });
  let detailPath = '';

  await test.step('a survivor finds the job with a misspelt word, and opens it', async () => {
    await survivor.goto(DEMO_USERS.survivor.home);
    await mainNav(survivor).getByRole('link', { name: 'Find work' }).click();
    await expect(survivor).toHaveURL(SEARCH_PATH);

    await expect(async () => {
      await search(survivor, MISSPELT);
      await expect(ourJob).toHaveCount(1, { timeout: 1_000 });
    }).toPass(INDEX_DELAY);
    await expect(ourJob).toContainText('£13.50 an hour');
    await expect(ourJob).toContainText('London');

    await ourJob.getByRole('link', { name: JOB_TITLE }).click();
    await expect(heading(survivor, JOB_TITLE)).toBeVisible();
    await expect(survivor.getByText(`Employer: ${organisation}`)).toBeVisible();
    await expect(survivor.getByRole('button', { name: 'Report a concern about this employer' })).toBeVisible();
    detailPath = new URL(survivor.url()).pathname;
    expect(detailPath).toMatch(/^\/survivor\/opportunities\/jobs\/[^/]+$/);
    expect(survivor.url()).not.toContain(MISSPELT);
  });

  await test.step('the caseworker suspends the employer, giving a reason', async () => {
    await caseworker.goto(reviewPath);
    await expect(heading(caseworker, organisation)).toBeVisible();
    await caseworker.getByRole('button', { name: 'Suspend', exact: true }).click();
    const dialog = caseworker.getByRole('dialog', { name: `Suspend ${organisation}?` });
    await dialog.getByRole('textbox', { name: 'Reason' }).fill(suspensionReason);
    await dialog.getByRole('button', { name: 'Suspend employer' }).click();
    await expect(dialog).toBeHidden();
    await expect(caseworker.getByRole('status')).toHaveText('The employer is suspended. Their jobs are hidden from search.');
    await expect(caseworker.getByText(`Reason given to the employer: ${suspensionReason}`)).toBeVisible();
  });

  await test.step('the job leaves search by itself, and its page says it is no longer available', async () => {
    await expect(async () => {
      await search(survivor, MISSPELT);
      await expect(ourJob).toHaveCount(0, { timeout: 1_000 });
    }).toPass(INDEX_DELAY);

    await survivor.goto(detailPath);
    await expect(heading(survivor, 'This opportunity is no longer available')).toBeVisible();
    await expect(heading(survivor, JOB_TITLE)).toHaveCount(0);
    await expect(survivor.getByText(organisation)).toHaveCount(0);
    await survivor.getByRole('link', { name: 'See other work and grants' }).click();
    await expect(heading(survivor, 'Find work and grants')).toBeVisible();
  });

  await test.step('the employer reads the suspension and its reason', async () => {
    await mainNav(employer).getByRole('link', { name: 'Your organisation' }).click();
    await expect(heading(employer, organisation)).toBeVisible();
    await expect(employer.getByText('Your organisation is suspended. Your jobs are hidden until this is resolved.')).toBeVisible();
    await expect(employer.getByText(suspensionReason, { exact: true })).toBeVisible();
  });
});

test('on a phone, a survivor opens the filters drawer, picks a filter and sees the results', async ({ openPage }) => {
  const page = await openPage({ role: 'survivor', viewport: PHONE });
  await page.goto(SEARCH_PATH);
  await expect(heading(page, 'Find work and grants')).toBeVisible();
  await expect(results(page).getByRole('status')).toHaveText(/^Results found: \d+/);

  const openFilters = page.getByRole('button', { name: 'Filters', exact: true });
  await openFilters.click();
  const drawer = page.getByRole('dialog', { name: 'Filters' });
  await expect(drawer).toBeVisible();
  await drawer.getByRole('combobox', { name: 'Jobs or grants' }).selectOption('grant');
  // The drawer's button tells how many results the filters leave, once they are in.
  const showResults = drawer.getByRole('button', { name: /^Show results \(\d+\)$/ });
  // The demo data has two open grant programmes, and nothing in this suite adds one.
  await expect(showResults).toHaveText('Show results (2)');
  await showResults.click();

  await expect(drawer).toBeHidden();
  await expect(page.getByRole('button', { name: 'Filters (1)' })).toBeVisible();
  await expect(results(page).getByRole('status')).toHaveText('Results found: 2');
  const cards = results(page).getByRole('article');
  await expect(cards).toHaveCount(2);
  await expect(cards.getByText('Grant', { exact: true })).toHaveCount(2);
  await expect(cards.getByRole('link', { name: 'Small food business start-up grant' })).toBeVisible();
});
