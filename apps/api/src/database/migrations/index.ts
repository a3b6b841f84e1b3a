import { Initial1795820209420 } from './1795820209420-Initial';
import { EmployersJobsGrants1795900000000 } from './1795900000000-EmployersJobsGrants';
import { EmbeddedSearchIndex1795900001000 } from './1795900001000-EmbeddedSearchIndex';
import { SurvivorsApplicationsPlacementsGrants1796000000000 } from './1796000000000-SurvivorsApplicationsPlacementsGrants';
import { JobsMatchingIndex1796100000000 } from './1796100000000-JobsMatchingIndex';
import { CheckInsRiskFlags1796200000000 } from './1796200000000-CheckInsRiskFlags';
import { AuditAppendOnly1796300000000 } from './1796300000000-AuditAppendOnly';
import { DataRights1796400000000 } from './1796400000000-DataRights';
import { IdempotencyKeys1796410000000 } from './1796410000000-IdempotencyKeys';
import { ApplicationRole1796420000000 } from './1796420000000-ApplicationRole';
import { AuditSearch1796430000000 } from './1796430000000-AuditSearch';
import { PasswordResets1796440000000 } from './1796440000000-PasswordResets';
import { OperatorIndexes1796450000000 } from './1796450000000-OperatorIndexes';

/** Every committed migration, oldest first. */
export const MIGRATIONS = [Initial1795820209420, EmployersJobsGrants1795900000000, EmbeddedSearchIndex1795900001000, SurvivorsApplicationsPlacementsGrants1796000000000, JobsMatchingIndex1796100000000, CheckInsRiskFlags1796200000000, AuditAppendOnly1796300000000, DataRights1796400000000, IdempotencyKeys1796410000000, ApplicationRole1796420000000, AuditSearch1796430000000, PasswordResets1796440000000, OperatorIndexes1796450000000];
