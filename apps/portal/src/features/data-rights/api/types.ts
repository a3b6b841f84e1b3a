import type { paths } from '../../../api/schema';
import type { RequestJson, ResponseJson } from '../../../api/types';

/** What the survivor's "ask to delete" answers: when it was first asked. */
export type ErasureRequest = ResponseJson<paths['/api/v1/survivors/me/erasure-request']['post'], 202>;

/** The pseudonym typed again, and why. */
export type EraseSurvivorRequest = RequestJson<paths['/api/v1/survivors/{id}/erasure']['post']>;
export type Erasure = ResponseJson<paths['/api/v1/survivors/{id}/erasure']['post'], 200>;
