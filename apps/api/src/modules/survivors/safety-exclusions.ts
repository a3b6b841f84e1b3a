import { MatchProfile } from '@onward/matching';
import { SurvivorProfile } from './survivor-profile.entity';

/** A profile's safety exclusions as the matching library reads them (`safetyExclusionOf`, the filters). */
export const exclusionsOf = (profile: Pick<SurvivorProfile, 'excludedEmployerIds' | 'excludedRegionCodes' | 'excludedSectors'>): MatchProfile['exclusions'] => ({
  employerIds: profile.excludedEmployerIds,
  regionCodes: profile.excludedRegionCodes,
  sectors: profile.excludedSectors,
});
