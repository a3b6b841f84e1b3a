/**
 * What went wrong with PostgreSQL, when it is the service's trouble rather than a bug or the
 * caller's mistake: the database is out of reach (a connection lost or refused, the server
 * restarting) or a statement ran past statement_timeout. Both are worth a retry a moment later,
 * so the exception filter answers them with a 503, never a 500.
 */
export type DatabaseFailure = 'unavailable' | 'timeout';

/**
 * SQLSTATEs of a server that is going away or will not take the connection: admin_shutdown
 * (pg_terminate_backend, a fast shutdown), crash_shutdown, cannot_connect_now (starting or
 * recovering), database_dropped, idle_session_timeout, too_many_connections. Class 08
 * (connection_exception) is matched as a class.
 */
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '57P04', '57P05', '53300']);

/** query_canceled (statement_timeout, or a cancel request) and lock_not_available (lock_timeout). */
const TIMEOUT_SQLSTATES = new Set(['57014', '55P03']);

/** Socket errors from node-postgres reaching the server. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

/**
 * node-postgres and its pool say these without a code: a backend that went away between two
 * queries, a pooled client whose socket already died, no connection within the pool's timeout.
 */
const CONNECTION_MESSAGES = [
  /^Connection terminated/,
  /is not queryable$/,
  /^timeout exceeded when trying to connect$/,
  /^Cannot use a pool after calling end on the pool$/,
];

const RELEASED_RUNNER_ERRORS = new Set(['QueryRunnerAlreadyReleasedError', 'QueryRunnerProviderAlreadyReleasedError']);

/** Looks through TypeORM's QueryFailedError (driverError) and error causes to the driver's error. */
export function databaseFailure(error: unknown): DatabaseFailure | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current !== null && typeof current === 'object'; depth++) {
    const { code, message, driverError, cause } = current as { code?: unknown; message?: unknown; driverError?: unknown; cause?: unknown };
    if (typeof code === 'string') {
      if (TIMEOUT_SQLSTATES.has(code)) return 'timeout';
      if (UNAVAILABLE_SQLSTATES.has(code) || /^08[0-9A-Z]{3}$/.test(code) || NETWORK_CODES.has(code)) return 'unavailable';
    }
    if (typeof message === 'string' && CONNECTION_MESSAGES.some((pattern) => pattern.test(message))) return 'unavailable';
    // TypeORM releases a transaction's query runner when its connection reports an error (the
    // backend was terminated while the transaction was starting or running): the next query is
    // refused so, by the query runner or by the entity manager the transaction handed out.
    if (RELEASED_RUNNER_ERRORS.has(String((current as { name?: unknown }).name))) return 'unavailable';
    current = driverError ?? cause;
  }
  return undefined;
}
