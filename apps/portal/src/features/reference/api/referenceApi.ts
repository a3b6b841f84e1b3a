import { apiClient } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import type { Region, SkillTaxonomy } from '../../../api/types';

export const referenceKeys = {
  skills: ['reference', 'skills'] as const,
  regions: ['reference', 'regions'] as const,
};

export function fetchSkillTaxonomy(): Promise<SkillTaxonomy> {
  return unwrap(apiClient.GET('/api/v1/skills'));
}

export function fetchRegions(): Promise<Region[]> {
  return unwrap(apiClient.GET('/api/v1/regions'));
}
