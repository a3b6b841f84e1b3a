/**
 * Providers an HTTP e2e spec may look at through `app.get(...)`: the e2e project may import only
 * @onward/api/testing from the API.
 */
export { PasswordHasher } from '../modules/auth/password-hasher';
export { SearchIndexer } from '../modules/opportunities/search-indexer';
export { CheckInsService } from '../modules/check-ins/check-ins.service';
export { RiskService } from '../modules/risk/risk.service';
/** What the data-rights suite checks the database against: every column that can hold survivor data. */
export { CASEWORKER_ONLY_SECTIONS, EXPORT_SECTIONS, SURVIVOR_DATA_COLUMNS } from '../modules/data-rights/survivor-data-map';
