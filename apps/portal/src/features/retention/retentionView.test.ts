import { describe, expect, it } from 'vitest';
import { retentionCsvHref } from './api/retentionApi';
import { readView, reportQuery, viewParams } from './retentionView';

describe('the outcomes view in the address', () => {
  it('reads the choices of a link, and ignores what the API would not take', () => {
    expect(readView(new URLSearchParams('subject=grants&groupBy=job&from=2026-01-01&to=2026-03-31'))).toEqual({
      subject: 'grants',
      groupBy: 'job',
      from: '2026-01-01',
      to: '2026-03-31',
    });
    expect(readView(new URLSearchParams('subject=people&groupBy=name&from=2026-02-30&to=yesterday'))).toEqual({ subject: 'placements', groupBy: null, from: '', to: '' });
  });

  it('writes only what differs from the default view', () => {
    expect(viewParams({ subject: 'placements', groupBy: null, from: '', to: '' })).toEqual({});
    expect(viewParams({ subject: 'grants', groupBy: 'sector', from: '2026-01-01', to: '' })).toEqual({ subject: 'grants', groupBy: 'sector', from: '2026-01-01' });
  });

  it('asks for every group’s curve only when grouped, and leaves curves out of the CSV', () => {
    const grouped = reportQuery({ subject: 'placements', groupBy: 'employer', from: '', to: '2026-06-30' });
    expect(grouped).toEqual({ subject: 'placements', groupBy: 'employer', curves: 'true', to: '2026-06-30' });
    expect(reportQuery({ subject: 'grants', groupBy: null, from: '', to: '' })).toEqual({ subject: 'grants' });
    expect(retentionCsvHref(grouped)).toBe('/api/v1/retention?subject=placements&groupBy=employer&to=2026-06-30&format=csv');
  });
});
