import { Initial1795820209420 } from './1795820209420-Initial';
import { EmployersJobsGrants1795900000000 } from './1795900000000-EmployersJobsGrants';
import { EmbeddedSearchIndex1795900001000 } from './1795900001000-EmbeddedSearchIndex';
import { SurvivorsApplicationsPlacementsGrants1796000000000 } from './1796000000000-SurvivorsApplicationsPlacementsGrants';
import { JobsMatchingIndex1796100000000 } from './1796100000000-JobsMatchingIndex';
import { CheckInsRiskFlags1796200000000 } from './1796200000000-CheckInsRiskFlags';
import { AuditAppendOnly1796300000000 } from './1796300000000-AuditAppendOnly';

/** Every committed migration, oldest first. */
export const MIGRATIONS = [Initial1795820209420, EmployersJobsGrants1795900000000, EmbeddedSearchIndex1795900001000, SurvivorsApplicationsPlacementsGrants1796000000000, JobsMatchingIndex1796100000000, CheckInsRiskFlags1796200000000, AuditAppendOnly1796300000000];
