import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../../i18n/i18n';
import { mockApi, renderApp } from '../../../test/render';
import {
  adminBase,
  caseworkerBase,
  flatGroup,
  layOutCharts,
  report,
  reportRequests,
  retentionGroup,
  RETENTION_PATH,
} from '../testFixtures';

const PAGE = '/caseworker/outcomes';

/** Opens the page at an address with choices in it, as a shared link would (renderApp takes a path only). */
async function openAt(address: string, page = PAGE) {
  const view = renderApp(page);
  await act(() => view.router.navigate(address));
  return view;
}

/** The value a description list gives for `label`. */
function fact(region: HTMLElement, label: string): HTMLElement {
  const term = within(region).getByText(label, { selector: 'dt' });
  return term.nextElementSibling as HTMLElement;
}

/** Each body row of a table as the text of its cells. */
function cellsOf(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? ''));
}

/** Employers of 20, 12, 8, 5, 3 and 2 placements: six groups, one more than the chart draws. */
const employers = [
  flatGroup('e1', 'Green Valley Foods', 20, 0.9),
  flatGroup('e2', 'Harbour Hotel', 12, 0.75),
  flatGroup('e3', 'City Cleaners', 8, 0.5),
  flatGroup('e4', 'Bright Care', 5, 0.8),
  flatGroup('e5', 'North Farm', 3, 1),
  flatGroup('e6', 'Corner Shop', 2, 0.5),
];

describe('RetentionPage', () => {
  it('gives the overall figures, a figure not yet known as such, and "not reached" for the median', async () => {
    const { requests } = mockApi([...caseworkerBase, { path: RETENTION_PATH, body: report() }]);
    renderApp(PAGE);
    const overall = await screen.findByRole('region', { name: 'All placements' });
    expect(fact(overall, 'Placements counted')).toHaveTextContent('50');
    expect(fact(overall, 'Still in work')).toHaveTextContent('30');
    expect(fact(overall, 'Ended')).toHaveTextContent('20');
    expect(fact(overall, 'Still in work after 30 days')).toHaveTextContent('90.0%Still in work on that day: 45');
    expect(fact(overall, 'Still in work after 90 days')).toHaveTextContent('82.3%Still in work on that day: 30');
    expect(fact(overall, 'Still in work after 180 days')).toHaveTextContent('60.0%Still in work on that day: 12');
    // Nobody was followed for a year: Kaplan-Meier would only repeat the last figure.
    expect(fact(overall, 'Still in work after 365 days')).toHaveTextContent('Not known yetNo one has been followed that long yet.');
    expect(fact(overall, 'Median time in work')).toHaveTextContent('Not reachedMore than half are still in work.');

    expect(screen.getByText(/^Jobs still going are counted for as long as they have lasted so far, not as ended/)).toBeInTheDocument();
    expect(screen.getByText('Figures as of May 4, 2026.')).toBeInTheDocument();
    expect(screen.getByText(/^How long the people your organisation supports/)).toBeInTheDocument();
    expect(reportRequests(requests).map((params) => Object.fromEntries(params))).toEqual([{ subject: 'placements' }]);
  });

  it('gives the median in days once half have ended', async () => {
    mockApi([...caseworkerBase, { path: RETENTION_PATH, body: report({ overall: retentionGroup({ medianDays: 120 }) }) }]);
    renderApp(PAGE);
    expect(fact(await screen.findByRole('region', { name: 'All placements' }), 'Median time in work')).toHaveTextContent(/^120 days$/);
  });

  it('summarises the chart in its label, and gives the drawn curve as a table from the keyboard', async () => {
    layOutCharts();
    mockApi([...caseworkerBase, { path: RETENTION_PATH, body: report() }]);
    renderApp(PAGE);
    const figure = await screen.findByRole('figure', { name: 'Share of placements still going, by days since the start.' });
    const chart = within(figure).getByRole('img');
    expect(chart.tagName).toBe('svg');
    expect(chart).toHaveAccessibleName('Retention curve: 90.0% at 30 days, 82.3% at 90 days, 60.0% at 180 days, and not known yet at 365 days.');
    expect(figure.querySelectorAll('path.recharts-line-curve')).toHaveLength(1);

    const toggle = within(figure).getByRole('button', { name: 'Show the chart as a table' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(within(figure).queryByRole('table')).not.toBeInTheDocument();
    toggle.focus();
    await userEvent.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(toggle).toHaveAccessibleName('Hide the table');

    // One row for each step of the curve the chart draws (days 0, 20, 60, 150 and 300).
    const table = within(figure).getByRole('table', { name: 'Share of placements still going on each day the curve changes' });
    expect(document.getElementById(toggle.getAttribute('aria-controls') ?? '')).toContainElement(table);
    expect(within(table).getAllByRole('columnheader').map((header) => header.textContent)).toEqual(['Day', 'All placements']);
    expect(cellsOf(table)).toEqual([
      ['0', '100.0%'],
      ['20', '90.0%'],
      ['60', '82.3%'],
      ['150', '60.0%'],
      ['300', '60.0%'],
    ]);

    await userEvent.keyboard('{Enter}');
    expect(within(figure).queryByRole('table')).not.toBeInTheDocument();
  });

  it('keeps the choices in the address and asks the API for them, with every group’s curve when grouped', async () => {
    const { requests } = mockApi([...caseworkerBase, { path: RETENTION_PATH, body: report() }]);
    const { router } = renderApp(PAGE);
    await screen.findByRole('region', { name: 'All placements' });

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Group by' }), 'employer');
    await waitFor(() => expect(Object.fromEntries(reportRequests(requests).at(-1) ?? [])).toEqual({ subject: 'placements', groupBy: 'employer', curves: 'true' }));
    expect(router.state.location.search).toBe('?groupBy=employer');

    await userEvent.type(screen.getByLabelText('Started on or after'), '2026-01-01');
    await waitFor(() => expect(router.state.location.search).toBe('?groupBy=employer&from=2026-01-01'));
    await waitFor(() => expect(reportRequests(requests).at(-1)?.get('from')).toBe('2026-01-01'));

    await userEvent.click(screen.getByRole('radio', { name: 'Businesses still trading' }));
    await waitFor(() => expect(router.state.location.search).toBe('?subject=grants&groupBy=employer&from=2026-01-01'));
    await waitFor(() => expect(reportRequests(requests).at(-1)?.get('subject')).toBe('grants'));
  });

  it('draws the five largest groups beside the overall line, each told apart by its pattern, and lists every group', async () => {
    layOutCharts();
    mockApi([...caseworkerBase, { path: RETENTION_PATH, body: report({ groupBy: 'employer', groups: employers }) }]);
    await openAt(`${PAGE}?groupBy=employer`);
    const figure = await screen.findByRole('figure', { name: /^Share of placements still going, by days since the start\. The largest groups/ });

    const legend = within(figure).getByRole('list', { name: 'Lines on the chart' });
    const drawn = ['All placements', 'Green Valley Foods', 'Harbour Hotel', 'City Cleaners', 'Bright Care', 'North Farm'];
    expect(within(legend).getAllByRole('listitem').map((item) => item.textContent)).toEqual(drawn);
    const patterns = [...figure.querySelectorAll('path.recharts-line-curve')].map((line) => line.getAttribute('stroke-dasharray'));
    expect(patterns).toHaveLength(6);
    expect(new Set(patterns).size).toBe(6);

    const chart = within(figure).getByRole('img');
    expect(chart).toHaveAccessibleName(
      expect.stringMatching(
        /^Retention curves\. All placements: 90\.0% at 30 days, .*; Green Valley Foods: 90\.0% at 30 days, 90\.0% at 90 days, 90\.0% at 180 days, and 90\.0% at 365 days; Harbour Hotel: 75\.0% at 30 days, .*; North Farm: 100\.0% at 30 days, .*\.$/,
      ),
    );
    expect(chart).not.toHaveAccessibleName(expect.stringContaining('Corner Shop'));

    await userEvent.click(within(figure).getByRole('button', { name: 'Show the chart as a table' }));
    const alternative = within(figure).getByRole('table');
    expect(within(alternative).getAllByRole('columnheader').map((header) => header.textContent)).toEqual(['Day', ...drawn]);
    // Day 10: the groups' only step; the overall line has not moved yet.
    expect(cellsOf(alternative).find(([day]) => day === '10')).toEqual(['10', '100.0%', '90.0%', '75.0%', '50.0%', '80.0%', '100.0%']);
    // Past day 300 no one in the overall group was followed; the groups' lines run to day 400.
    expect(cellsOf(alternative).at(-1)).toEqual(['400', 'Not known yet', '90.0%', '75.0%', '50.0%', '80.0%', '100.0%']);

    const groups = screen.getByRole('table', { name: 'Figures by group' });
    expect(within(groups).getAllByRole('rowheader').map((header) => header.textContent)).toEqual([...drawn, 'Corner Shop']);
    const columns = within(groups).getAllByRole('columnheader').map((header) => header.textContent);
    expect(columns).toEqual(['Employer', 'Counted', 'Ended', 'Still in work', 'After 30 days', 'After 90 days', 'After 180 days', 'After 365 days', 'Median']);
    const cityCleaners = within(groups).getByRole('rowheader', { name: 'City Cleaners' }).closest('tr') as HTMLElement;
    expect([...cityCleaners.querySelectorAll('td')].map((cell) => cell.textContent)).toEqual([
      '8',
      '4',
      '4',
      '50.0%Still in work on that day: 8',
      '50.0%Still in work on that day: 8',
      '50.0%Still in work on that day: 8',
      '50.0%Still in work on that day: 8',
      '45 days',
    ]);
  });

  it('links the CSV download to the choices on screen', async () => {
    mockApi([...caseworkerBase, { path: RETENTION_PATH, body: report({ subject: 'grants', groupBy: 'sector' }) }]);
    await openAt(`${PAGE}?subject=grants&groupBy=sector&from=2026-01-01&to=2026-06-30`);
    await screen.findByRole('region', { name: 'All grant-funded businesses' });

    const download = screen.getByRole('link', { name: 'Download the table (CSV)' });
    expect(download).toHaveAttribute('download');
    const hrefOf = () => new URL(download.getAttribute('href') ?? '', window.location.origin);
    expect(hrefOf().pathname).toBe(RETENTION_PATH);
    expect(Object.fromEntries(hrefOf().searchParams)).toEqual({ subject: 'grants', groupBy: 'sector', from: '2026-01-01', to: '2026-06-30', format: 'csv' });

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Group by' }), 'cohort_quarter');
    await waitFor(() => expect(hrefOf().searchParams.get('groupBy')).toBe('cohort_quarter'));
    expect(hrefOf().searchParams.get('format')).toBe('csv');
  });

  it('speaks of businesses still trading for grants, and of funders and grant programmes when grouping them', async () => {
    const sectors = [flatGroup('hospitality', 'hospitality', 6, 0.5), flatGroup('any', 'any', 4, 1)];
    mockApi([...caseworkerBase, { path: RETENTION_PATH, body: report({ subject: 'grants', groupBy: 'sector', groups: sectors }) }]);
    await openAt(`${PAGE}?subject=grants&groupBy=sector`);
    const overall = await screen.findByRole('region', { name: 'All grant-funded businesses' });

    expect(screen.getByRole('radio', { name: 'Businesses still trading' })).toBeChecked();
    const groupBy = screen.getByRole('combobox', { name: 'Group by' });
    expect(within(groupBy).getAllByRole('option').map((option) => option.textContent)).toEqual([
      'No grouping',
      'Organisation',
      'Funder',
      'Business sector',
      'Grant programme',
      'Month awarded',
      'Quarter awarded',
    ]);
    expect(screen.getByLabelText('Awarded on or after')).toBeInTheDocument();
    expect(screen.getByText(/^Businesses still trading are counted for as long as they have traded so far, not as closed/)).toBeInTheDocument();

    expect(fact(overall, 'Businesses counted')).toHaveTextContent('50');
    expect(fact(overall, 'Stopped trading')).toHaveTextContent('20');
    expect(fact(overall, 'Still trading after 90 days')).toHaveTextContent('82.3%Still trading on that day: 30');
    expect(fact(overall, 'Median time trading')).toHaveTextContent('Not reachedMore than half are still trading.');

    // Sector codes are named as everywhere else in the portal.
    const groups = screen.getByRole('table', { name: 'Figures by group' });
    expect(within(groups).getAllByRole('rowheader').map((header) => header.textContent)).toEqual(['All grant-funded businesses', 'Hotels and hospitality', 'Any sector']);
    expect(within(groups).getByRole('columnheader', { name: 'Business sector' })).toBeInTheDocument();
  });

  it.each([
    ['cohort_month', ['2026-03', '2025-12'], ['March 2026', 'December 2025']],
    ['cohort_quarter', ['2026-Q1', '2025-Q4'], ['Q1 2026', 'Q4 2025']],
  ] as const)('names %s cohorts in words', async (groupBy, keys, names) => {
    mockApi([...caseworkerBase, { path: RETENTION_PATH, body: report({ groupBy, groups: keys.map((key) => flatGroup(key, key, 5, 0.8)) }) }]);
    await openAt(`${PAGE}?groupBy=${groupBy}`);
    const groups = await screen.findByRole('table', { name: 'Figures by group' });
    expect(within(groups).getAllByRole('rowheader').map((header) => header.textContent)).toEqual(['All placements', ...names]);
  });

  it('says so when nothing started in the period, without figures, chart or table', async () => {
    const none = retentionGroup({
      count: 0,
      ended: 0,
      censored: 0,
      points: [30, 90, 180, 365].map((day) => ({ day, survival: null, atRisk: 0 })),
      medianDays: null,
      curve: [{ time: 0, survival: 1, atRisk: 0 }],
    });
    mockApi([...caseworkerBase, { path: RETENTION_PATH, body: report({ from: '2026-11-01', overall: none }) }]);
    await openAt(`${PAGE}?from=2026-11-01`);
    expect(await screen.findByText('No placements started in this period, so there is nothing to show yet.')).toBeInTheDocument();
    expect(screen.getByText('Try a wider range of dates.')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'All placements' })).not.toBeInTheDocument();
    expect(screen.queryByRole('figure')).not.toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('does not ask for a range that ends before it starts', async () => {
    const { requests } = mockApi([...caseworkerBase, { path: RETENTION_PATH, body: report() }]);
    const { router } = renderApp(PAGE);
    await screen.findByRole('region', { name: 'All placements' });
    const asked = reportRequests(requests).length;
    await act(() => router.navigate(`${PAGE}?from=2026-06-01&to=2026-01-01`));
    expect(screen.getByLabelText('Started on or before')).toHaveAccessibleDescription('The end date cannot be before the start date.');
    expect(screen.queryByRole('link', { name: 'Download the table (CSV)' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'All placements' })).not.toBeInTheDocument();
    expect(reportRequests(requests)).toHaveLength(asked);
  });

  it('shows admins every organisation on the same page', async () => {
    mockApi([...adminBase, { path: RETENTION_PATH, body: report({ groupBy: 'organisation', groups: [flatGroup('o1', 'Harbour Services', 50, 0.9)] }) }]);
    await openAt('/admin/outcomes?groupBy=organisation', '/admin/outcomes');
    expect(await screen.findByRole('heading', { level: 1, name: 'Outcomes' })).toBeInTheDocument();
    expect(screen.getByText(/across every organisation\.$/)).toBeInTheDocument();
    const groups = await screen.findByRole('table', { name: 'Figures by group' });
    expect(within(groups).getByRole('rowheader', { name: 'Harbour Services' })).toBeInTheDocument();
  });

  it('formats figures for the reader’s language, and mirrors the chart right to left', async () => {
    await i18n.changeLanguage('es');
    layOutCharts();
    mockApi([...caseworkerBase, { path: RETENTION_PATH, body: report({ overall: retentionGroup({ medianDays: 120 }) }) }]);
    renderApp(PAGE);
    const overall = await screen.findByRole('region', { name: 'Todos los empleos' });
    expect(fact(overall, 'Siguen trabajando después de 30 días')).toHaveTextContent('90,0 %Seguían trabajando ese día: 45');
    expect(fact(overall, 'Tiempo mediano en el empleo')).toHaveTextContent(/^120 días$/);
    expect(screen.getByRole('img', { name: /^Curva de permanencia: 90,0\s% a los 30 días/ })).toBeInTheDocument();

    await i18n.changeLanguage('ar');
    const chart = await screen.findByRole('img', { name: /^منحنى الاستمرار: / });
    expect(chart.querySelector('.recharts-yAxis line')).toHaveAttribute('orientation', 'right');
    expect(screen.getByText('الوسيط لمدة العمل').nextElementSibling).toHaveTextContent('120 يومًا');
  });
});
