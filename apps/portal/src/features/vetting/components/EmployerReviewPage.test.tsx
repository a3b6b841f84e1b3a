import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { demoUsers, mockApi, renderApp, type MockRoute } from '../../../test/render';
import { bodyOf, fill, job, referenceRoutes } from '../../employers/testFixtures';
import { EMPLOYER_ID, concern, employerDetail, employerSummary } from '../testFixtures';

const DETAIL_PATH = `/api/v1/employers/${EMPLOYER_ID}`;
const DECISION_PATH = `${DETAIL_PATH}/decision`;
const ITEMS = [
  ['no_recruitment_fees', 'No recruitment fees are charged to workers'],
  ['identity_documents_never_held', 'Identity documents are never kept by the employer'],
  ['wages_paid_as_promised', 'Wages are paid as promised and on time'],
  ['free_to_leave', 'Workers are free to leave'],
  ['lawful_registration', 'The business is lawfully registered'],
  ['safe_workplace', 'The workplace is safe'],
] as const;

const base: MockRoute[] = [
  ...referenceRoutes,
  { path: '/api/v1/auth/me', body: demoUsers.caseworker },
  { path: DETAIL_PATH, body: employerDetail() },
  { path: '/api/v1/jobs', body: [job()] },
];

/** This page carries the whole review: it needs longer than most on a busy two-core runner. */
const LONG_FLOW = 30_000;

function item(label: string) {
  return within(screen.getByRole('group', { name: label }));
}

async function answer(label: string, confirmed: boolean) {
  await userEvent.click(item(label).getByRole('radio', { name: confirmed ? 'Confirmed' : 'Not confirmed' }));
}

/** Today plus a year, as the decision form defaults it (computed here independently). */
function aYearFromToday(): string {
  const now = new Date();
  const date = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 365);
  return [date.getFullYear(), date.getMonth() + 1, date.getDate()].map((part) => String(part).padStart(2, '0')).join('-');
}

describe('EmployerReviewPage', () => {
  it('shows the contact details, the history and the jobs of the employer', async () => {
    const { requests } = mockApi(base);
    renderApp(`/caseworker/employers/${EMPLOYER_ID}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Green Valley Foods' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'pat@greenvalley.example' })).toHaveAttribute('href', 'mailto:pat@greenvalley.example');
    expect(screen.getByText('Waiting for review → In review')).toBeInTheDocument();
    expect(screen.getByText(/by Casey/)).toBeInTheDocument();
    expect(await screen.findByText('Kitchen assistant')).toBeInTheDocument();
    const jobs = requests.find((request) => new URL(request.url).pathname === '/api/v1/jobs');
    expect(new URL(jobs!.url).searchParams.get('employerId')).toBe(EMPLOYER_ID);
  });

  it('vets with an answer, note and evidence reference for all six checklist items', { timeout: LONG_FLOW }, async () => {
    const { requests } = mockApi([...base, { method: 'POST', path: DECISION_PATH, body: employerSummary({ status: 'vetted' }) }]);
    renderApp(`/caseworker/employers/${EMPLOYER_ID}`);
    await screen.findByRole('heading', { level: 1, name: 'Green Valley Foods' });

    for (const [, label] of ITEMS) await answer(label, true);
    await fill(item(ITEMS[0][1]).getByLabelText(/^Note/), 'Checked payslips for March.');
    await fill(item(ITEMS[0][1]).getByLabelText(/^Evidence reference/), 'FILE-2026-017');
    await userEvent.click(screen.getByRole('radio', { name: 'Vet this employer' }));
    expect(screen.getByLabelText(/^Vetted until/)).toHaveValue(aYearFromToday());
    await userEvent.click(screen.getByRole('button', { name: 'Record decision' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Decision recorded: the employer is vetted');
    expect(await bodyOf(requests, 'POST', DECISION_PATH)).toEqual({
      decision: 'vetted',
      checklist: [
        { item: 'no_recruitment_fees', confirmed: true, note: 'Checked payslips for March.', evidenceReference: 'FILE-2026-017' },
        ...ITEMS.slice(1).map(([code]) => ({ item: code, confirmed: true })),
      ],
      vettedUntil: aYearFromToday(),
    });
    // The detail is fetched again to show the new status and history.
    expect(requests.filter((request) => request.method === 'GET' && new URL(request.url).pathname === DETAIL_PATH).length).toBeGreaterThan(1);
  });

  it('asks for every item, and refuses to vet with an item not confirmed', async () => {
    const { requests } = mockApi(base);
    renderApp(`/caseworker/employers/${EMPLOYER_ID}`);
    await screen.findByRole('heading', { level: 1, name: 'Green Valley Foods' });
    await userEvent.click(screen.getByRole('button', { name: 'Record decision' }));
    for (const [, label] of ITEMS) expect(screen.getByRole('group', { name: label })).toHaveAccessibleDescription('Choose Confirmed or Not confirmed.');

    for (const [, label] of ITEMS) await answer(label, label !== ITEMS[3][1]);
    await userEvent.click(screen.getByRole('radio', { name: 'Vet this employer' }));
    await userEvent.click(screen.getByRole('button', { name: 'Record decision' }));
    expect(screen.getByRole('group', { name: 'Checklist' })).toHaveAccessibleDescription('To vet an employer, every item must be confirmed.');
    expect(requests.some((request) => request.method === 'POST')).toBe(false);
  });

  it('requires a reason to reject, asks again, then sends all six items with the reason', { timeout: LONG_FLOW }, async () => {
    const { requests } = mockApi([...base, { method: 'POST', path: DECISION_PATH, body: employerSummary({ status: 'rejected' }) }]);
    renderApp(`/caseworker/employers/${EMPLOYER_ID}`);
    await screen.findByRole('heading', { level: 1, name: 'Green Valley Foods' });
    for (const [, label] of ITEMS) await answer(label, label !== ITEMS[1][1]);
    await userEvent.click(screen.getByRole('radio', { name: 'Do not approve this employer' }));
    await userEvent.click(screen.getByRole('button', { name: 'Record decision' }));

    expect(screen.getByLabelText(/^Reason/)).toHaveAccessibleDescription(/Give the reason: the employer will see it./);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(requests.some((request) => request.method === 'POST')).toBe(false);

    await fill(screen.getByLabelText(/^Reason/), 'Workers said their passports were kept.');
    await userEvent.click(screen.getByRole('button', { name: 'Record decision' }));
    const dialog = await screen.findByRole('dialog', { name: 'Do not approve this employer?' });
    expect(within(dialog).getByText('Workers said their passports were kept.')).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Do not approve' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Decision recorded: the employer is not approved.');
    expect(await bodyOf(requests, 'POST', DECISION_PATH)).toEqual({
      decision: 'rejected',
      checklist: ITEMS.map(([code]) => ({ item: code, confirmed: code !== 'identity_documents_never_held' })),
      reason: 'Workers said their passports were kept.',
    });
  });

  it('shows why the API refused to vet (an open concern)', { timeout: LONG_FLOW }, async () => {
    const message = 'This employer has open concerns about forced-labour indicators. Review them first.';
    mockApi([
      ...base,
      { path: DETAIL_PATH, body: employerDetail({ status: 'suspended', concerns: [concern()] }) },
      { method: 'POST', path: DECISION_PATH, status: 409, body: { statusCode: 409, code: 'conflict', message } },
    ]);
    renderApp(`/caseworker/employers/${EMPLOYER_ID}`);
    expect(await screen.findByText('Publishing is on hold')).toBeInTheDocument();
    for (const [, label] of ITEMS) await answer(label, true);
    await userEvent.click(screen.getByRole('radio', { name: 'Vet this employer' }));
    await userEvent.click(screen.getByRole('button', { name: 'Record decision' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
  });

  it('suspends only with a reason, after asking', async () => {
    const { requests } = mockApi([
      ...base,
      { path: DETAIL_PATH, body: employerDetail({ status: 'vetted', vettedUntil: '2027-01-04T23:59:59.999Z' }) },
      { method: 'POST', path: `${DETAIL_PATH}/suspension`, body: employerSummary({ status: 'suspended' }) },
    ]);
    renderApp(`/caseworker/employers/${EMPLOYER_ID}`);
    await userEvent.click(await screen.findByRole('button', { name: 'Suspend' }));
    const dialog = await screen.findByRole('dialog', { name: 'Suspend Green Valley Foods?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Suspend employer' }));
    expect(within(dialog).getByLabelText(/^Reason/)).toHaveAccessibleDescription(/Give a reason of at least 3 characters/);
    expect(requests.some((request) => request.url.endsWith('/suspension'))).toBe(false);

    await fill(within(dialog).getByLabelText(/^Reason/), 'A concern is being looked into.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Suspend employer' }));
    expect(await screen.findByRole('status')).toHaveTextContent('The employer is suspended.');
    expect(await bodyOf(requests, 'POST', `${DETAIL_PATH}/suspension`)).toEqual({ reason: 'A concern is being looked into.' });
  });

  it('lets an admin take a pending employer into review under /admin', async () => {
    const admin = { ...demoUsers.caseworker, displayName: 'Ada', role: 'admin', email: 'admin@example.org' };
    const { requests } = mockApi([
      ...base,
      { path: '/api/v1/auth/me', body: admin },
      { path: DETAIL_PATH, body: employerDetail({ status: 'pending' }) },
      { method: 'POST', path: `${DETAIL_PATH}/review`, body: employerSummary({ status: 'in_review' }) },
    ]);
    renderApp(`/admin/employers/${EMPLOYER_ID}`);
    await userEvent.click(await screen.findByRole('button', { name: 'Take into review' }));
    expect(await screen.findByRole('status')).toHaveTextContent('You have taken this employer into review.');
    expect(requests.some((request) => request.method === 'POST' && request.url.endsWith('/review'))).toBe(true);
    expect(screen.getByRole('link', { name: 'Back to employer vetting' })).toHaveAttribute('href', '/admin/employers');
  });
});
