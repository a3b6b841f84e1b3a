import type { paths } from '../../../api/schema';
import type { RequestJson, ResponseJson } from '../../../api/types';

/** "Forgot your password?": the email to send a link to. */
export type PasswordResetRequest = RequestJson<paths['/api/v1/auth/password-reset']['post']>;
/** Always `{ received: true }`: the answer does not say whether the email has an account. */
export type PasswordResetRequested = ResponseJson<paths['/api/v1/auth/password-reset']['post'], 202>;
/** The token from the emailed link, and the new password. */
export type PasswordResetConfirmRequest = RequestJson<paths['/api/v1/auth/password-reset/confirm']['post']>;
/** A signed-in person changes their own password. */
export type ChangePasswordRequest = RequestJson<paths['/api/v1/auth/password']['post']>;
