import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { AppProviders } from '../../../app/AppProviders';
import { createQueryClient } from '../../../app/queryClient';
import { ApiError } from '../../../api/errors';
import { mockApi } from '../../../test/render';
import { bodyOf } from '../../employers/testFixtures';
import { baseRoutes, consent, CONSENTS_PATH, EMPLOYER_ID } from '../testFixtures';
import { useGrantConsent } from './useConsents';

function wrapper({ children }: { children: ReactNode }) {
  return <AppProviders queryClient={createQueryClient()}>{children}</AppProviders>;
}

describe('useGrantConsent', () => {
  it('shares the chosen fields with the employer and answers with the consent', async () => {
    const { requests } = mockApi([...baseRoutes, { method: 'POST', path: CONSENTS_PATH, status: 201, body: consent({ fields: ['languages'] }) }]);
    const { result } = renderHook(() => useGrantConsent(), { wrapper });
    const granted = await result.current.mutateAsync({ employerId: EMPLOYER_ID, fields: ['languages'], days: 30 });
    expect(granted).toMatchObject({ employerId: EMPLOYER_ID, fields: ['languages'], state: 'active' });
    expect(await bodyOf(requests, 'POST', CONSENTS_PATH)).toEqual({ employerId: EMPLOYER_ID, fields: ['languages'], days: 30 });
    expect(requests.find((request) => request.method === 'POST')?.headers.get('X-CSRF-Token')).toBe('csrf-1');
  });

  it('reports a refusal (no application to that employer) as an ApiError', async () => {
    const refusal = { statusCode: 400, code: 'validation_failed', message: 'You can share only with an employer you applied to.', fields: { employerId: ['not applied'] } };
    mockApi([...baseRoutes, { method: 'POST', path: CONSENTS_PATH, status: 400, body: refusal }]);
    const { result } = renderHook(() => useGrantConsent(), { wrapper });
    result.current.mutate({ employerId: EMPLOYER_ID, fields: [] });
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error).toBeInstanceOf(ApiError);
    expect((result.current.error as ApiError).fields).toEqual({ employerId: ['not applied'] });
  });
});
