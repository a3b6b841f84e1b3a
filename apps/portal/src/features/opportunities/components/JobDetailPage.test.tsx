import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../../i18n/i18n';
import { mockApi, renderApp, type MockRoute } from '../../../test/render';
import { EMPLOYER_ID, job, JOB_ID, survivorRoutes } from '../testFixtures';

const PAGE = `/survivor/opportunities/jobs/${JOB_ID}`;
const CONCERNS_PATH = `/api/v1/employers/${EMPLOYER_ID}/concerns`;
const RECEIPT = { message: 'Thank you. A caseworker will look at this soon. The employer will not be told who reported it.' };

async function openJob(routes: MockRoute[] = survivorRoutes) {
  const api = mockApi(routes);
  const view = renderApp(PAGE);
  await screen.findByRole('heading', { level: 1, name: 'Kitchen assistant' });
  return { ...api, ...view };
}

async function openConcernForm() {
  await userEvent.click(screen.getByRole('button', { name: 'Report a concern about this employer' }));
  return screen.findByRole('dialog', { name: 'Report a concern' });
}

const fact = (term: string) => screen.getByText(term, { selector: 'dt' }).nextElementSibling;

describe('JobDetailPage', () => {
  it('describes the job in plain words and shows no contact details', async () => {
    // Anything else the API might send must not appear just because it arrived.
    const withContacts = { ...job, contactEmail: 'boss@green-kitchen.example', contactPhone: '+44 7700 900123' };
    await openJob([...survivorRoutes, { path: `/api/v1/opportunities/jobs/${JOB_ID}`, body: withContacts }]);

    expect(document.title).toBe('Kitchen assistant · Onward');
    expect(screen.getByRole('heading', { level: 1, name: 'Kitchen assistant' })).toHaveFocus();
    expect(screen.getByText('Employer: Green Kitchen')).toBeInTheDocument();
    expect(fact('Pay')).toHaveTextContent('£13.00 an hour');
    expect(fact('Hours')).toHaveTextContent('30 hours a week');
    expect(fact('Where')).toHaveTextContent('North West');
    expect(fact('Area of work')).toHaveTextContent('Food and kitchens');
    expect(fact('Start date')).toHaveTextContent('Jul 1, 2030');
    expect(fact('Apply by')).toHaveTextContent('Jun 30, 2030');

    const section = (name: string) => screen.getByRole('region', { name });
    expect(section('What you will do')).toHaveTextContent('Help our cooks prepare fresh meals.');
    expect(await within(section('Skills you need')).findByText('Food preparation')).toBeInTheDocument();
    expect(within(section('Also good to have')).getByText('Food hygiene certificate')).toBeInTheDocument();
    expect(section('Languages')).toHaveTextContent('English and Spanish');
    expect(section('Training offered')).toHaveTextContent('Food hygiene certificate, paid for by us.');
    expect(section('Support at work')).toHaveTextContent('Flexible start times for school drop-off.');
    expect(screen.getByRole('link', { name: 'Back to search' })).toHaveAttribute('href', '/survivor/opportunities');

    const page = document.body.textContent ?? '';
    expect(page).not.toContain('green-kitchen.example');
    expect(page).not.toContain('7700');
    expect(page).not.toContain(EMPLOYER_ID);
  });

  it('says kindly that a job taken down is no longer available, with a way back', async () => {
    mockApi([
      ...survivorRoutes,
      { path: `/api/v1/opportunities/jobs/${JOB_ID}`, status: 404, body: { statusCode: 404, code: 'not_found', message: 'The job was not found' } },
    ]);
    renderApp(PAGE);

    expect(await screen.findByRole('heading', { level: 1, name: 'This opportunity is no longer available' })).toHaveFocus();
    expect(screen.getByRole('link', { name: 'See other work and grants' })).toHaveAttribute('href', '/survivor/opportunities');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(document.title).toBe('This opportunity is no longer available · Onward');
  });

  it('reports a concern about the employer and shows the confirmation', async () => {
    const { requests } = await openJob([...survivorRoutes, { method: 'POST', path: CONCERNS_PATH, status: 202, body: RECEIPT }]);
    const dialog = await openConcernForm();

    // Nothing is sent until the form is complete.
    await userEvent.click(within(dialog).getByRole('button', { name: 'Send' }));
    expect(within(dialog).getByText('Choose what it is about.')).toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: /What happened\?/ })).toHaveAccessibleDescription(/This field is required\./);
    expect(requests.some((request) => request.method === 'POST')).toBe(false);

    await userEvent.click(within(dialog).getByRole('radio', { name: 'Wages not paid, or less than promised' }));
    await userEvent.type(within(dialog).getByRole('textbox', { name: /What happened\?/ }), '  No pay for three weeks.  ');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Send' }));

    const confirmation = await within(dialog).findByRole('status');
    expect(confirmation).toHaveTextContent(RECEIPT.message);
    expect(within(dialog).getByRole('button', { name: 'Done' })).toHaveFocus();
    const post = requests.find((request) => request.method === 'POST' && new URL(request.url).pathname === CONCERNS_PATH);
    expect(await post?.clone().json()).toEqual({ category: 'wages_withheld', details: 'No pay for three weeks.' });
    expect(post?.headers.get('X-CSRF-Token')).toBe('csrf-1');
  });

  it('tells the person to try later when too many reports were sent', async () => {
    await openJob([
      ...survivorRoutes,
      { method: 'POST', path: CONCERNS_PATH, status: 429, body: { statusCode: 429, code: 'rate_limited', message: 'Too many requests' } },
    ]);
    const dialog = await openConcernForm();
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Something else' }));
    await userEvent.type(within(dialog).getByRole('textbox', { name: /What happened\?/ }), 'They shout at workers.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Send' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Too many reports were sent from here. Please try again later.');
    expect(within(dialog).getByRole('textbox', { name: /What happened\?/ })).toHaveValue('They shout at workers.');
  });

  it('marks the field the API refused', async () => {
    await openJob([
      ...survivorRoutes,
      {
        method: 'POST',
        path: CONCERNS_PATH,
        status: 400,
        body: { statusCode: 400, code: 'validation_failed', message: 'Invalid', fields: { details: ['details must be shorter than or equal to 4000 characters'] } },
      },
    ]);
    const dialog = await openConcernForm();
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Far too many hours' }));
    await userEvent.type(within(dialog).getByRole('textbox', { name: /What happened\?/ }), 'Fourteen hours a day.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Send' }));

    await waitFor(() => expect(within(dialog).getByRole('textbox', { name: /What happened\?/ })).toHaveAccessibleDescription(/Check this field\./));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Some details need fixing.');
  });

  it('confirms in the reader’s language, in Arabic right to left', async () => {
    await i18n.changeLanguage('ar');
    mockApi([...survivorRoutes, { method: 'POST', path: CONCERNS_PATH, status: 202, body: RECEIPT }]);
    renderApp(PAGE);
    await screen.findByRole('heading', { level: 1, name: 'Kitchen assistant' });
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    expect(screen.getByText('صاحب العمل: Green Kitchen')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'الإبلاغ عن مشكلة مع صاحب العمل هذا' }));
    const dialog = await screen.findByRole('dialog', { name: 'الإبلاغ عن مشكلة' });
    await userEvent.click(within(dialog).getByRole('radio', { name: 'تهديدات أو عنف' }));
    await userEvent.type(within(dialog).getByRole('textbox', { name: /ماذا حدث؟/ }), 'Threats at work.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'إرسال' }));

    const confirmation = await within(dialog).findByRole('status');
    expect(confirmation).toHaveTextContent('لن يُخبَر صاحب العمل بمن أبلغ');
    expect(confirmation).not.toHaveTextContent(RECEIPT.message);
  });
});
