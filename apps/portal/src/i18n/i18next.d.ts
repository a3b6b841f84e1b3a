import 'i18next';
import type employers from '../features/employers/locales/en.json';
import type grants from '../features/grants/locales/en.json';
import type opportunities from '../features/opportunities/locales/en.json';
import type reference from '../features/reference/locales/en.json';
import type vetting from '../features/vetting/locales/en.json';
import type profile from '../features/profile/locales/en.json';
import type caseload from '../features/caseload/locales/en.json';
import type applications from '../features/applications/locales/en.json';
import type grantApplications from '../features/grant-applications/locales/en.json';
import type followUp from '../features/follow-up/locales/en.json';
import type retention from '../features/retention/locales/en.json';
import type checkIns from '../features/check-ins/locales/en.json';
import type dataRights from '../features/data-rights/locales/en.json';
import type password from '../features/password/locales/en.json';
import type operations from '../features/operations/locales/en.json';
import type en from './locales/en.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en & typeof reference & typeof opportunities & typeof employers & typeof vetting & typeof grants & typeof profile & typeof caseload & typeof applications & typeof grantApplications & typeof followUp & typeof retention & typeof checkIns & typeof dataRights & typeof password & typeof operations };
  }
}
