import { apiClient } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import type { Organisation } from '../../../api/types';

export const organisationKeys = {
  all: ['organisations'] as const,
};

export async function fetchOrganisations(): Promise<Organisation[]> {
  const page = await unwrap(apiClient.GET('/api/v1/organisations'));
  return page.items;
}
