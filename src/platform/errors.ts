/**
 * Domain errors: a stable code, parameters for the message, optional field details. Messages live
 * in src/platform/i18n/messages.ts in French and English; the HTTP status is chosen in one place
 * (httpStatusOf) so that services never think in HTTP.
 */
export const ERROR_CODES = [
  // generic
  'validation.failed',
  'request.malformed_json',
  'request.too_large',
  'request.unsupported_media_type',
  'resource.not_found',
  'route.not_found',
  'method.not_allowed',
  'conflict.duplicate',
  'conflict.stale_version',
  'precondition.required',
  'idempotency.key_reused',
  'idempotency.key_invalid',
  'internal.error',
  'service.unavailable',
  // auth
  'auth.required',
  'auth.invalid_credentials',
  'auth.tenant_required',
  'auth.account_disabled',
  'auth.forbidden',
  'auth.csrf_invalid',
  'auth.rate_limited',
  'auth.password_change_required',
  'auth.password_too_weak',
  'auth.password_reused',
  'auth.current_password_wrong',
  'auth.token_invalid',
  // users and tenants
  'user.email_taken',
  'user.login_taken',
  'user.cannot_deactivate_self',
  'user.cannot_demote_last_admin',
  'user.customer_required',
  'tenant.logo_invalid',
  'tenant.time_zone_invalid',
  // platform services
  'outbox.not_retryable',
  'action.not_cancellable',
  'action.unknown_kind',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface FieldIssue {
  /** JSON pointer into the request, e.g. "/body/email". */
  pointer: string;
  /** Stable code of the issue, e.g. "format", "required", "additionalProperties". */
  code: string;
  /** Message in the request's language. */
  detail: string;
}

export class AppError extends Error {
  constructor(
    public readonly code: ErrorCode,
    public readonly params: Record<string, string | number> = {},
    public readonly issues: FieldIssue[] = [],
    /** Extra headers the HTTP layer should set (Retry-After…). */
    public readonly headers: Record<string, string> = {},
  ) {
    super(code);
    this.name = 'AppError';
  }
}

export function httpStatusOf(code: ErrorCode): number {
  switch (code) {
    case 'validation.failed':
    case 'request.malformed_json':
    case 'auth.password_too_weak':
    case 'auth.password_reused':
    case 'auth.tenant_required':
    case 'tenant.logo_invalid':
    case 'tenant.time_zone_invalid':
    case 'user.customer_required':
    case 'idempotency.key_invalid':
      return 400;
    case 'auth.required':
    case 'auth.invalid_credentials':
    case 'auth.token_invalid':
    case 'auth.account_disabled':
      return 401;
    case 'auth.forbidden':
    case 'auth.csrf_invalid':
    case 'auth.password_change_required':
      return 403;
    case 'resource.not_found':
    case 'route.not_found':
      return 404;
    case 'method.not_allowed':
      return 405;
    case 'conflict.duplicate':
    case 'user.email_taken':
    case 'user.login_taken':
    case 'user.cannot_deactivate_self':
    case 'user.cannot_demote_last_admin':
    case 'outbox.not_retryable':
    case 'action.not_cancellable':
      return 409;
    case 'conflict.stale_version':
      return 412;
    case 'request.too_large':
      return 413;
    case 'request.unsupported_media_type':
      return 415;
    case 'auth.current_password_wrong':
    case 'idempotency.key_reused':
    case 'action.unknown_kind':
      return 422;
    case 'precondition.required':
      return 428;
    case 'auth.rate_limited':
      return 429;
    case 'service.unavailable':
      return 503;
    case 'internal.error':
      return 500;
  }
}
