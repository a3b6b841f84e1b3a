/**
 * Providers an HTTP e2e spec may look at through `app.get(...)`: the e2e project may import only
 * @onward/api/testing from the API.
 */
export { PasswordHasher } from '../modules/auth/password-hasher';
export { SearchIndexer } from '../modules/opportunities/search-indexer';
export { CheckInsService } from '../modules/check-ins/check-ins.service';
export { RiskService } from '../modules/risk/risk.service';
