import type { ModuleErrorCode } from '../modules/index.ts';
import { moduleError } from './module.ts';
/**
 * Domain errors: a stable code, parameters for the message, optional field details. The platform's
 * own codes are listed here, their messages in src/platform/i18n/messages.ts and their HTTP status
 * in httpStatusOf; each module declares its codes (status and both messages) in its
 * `src/modules/<area>/errors.ts` (issue 9), so services never think in HTTP.
 */
export const PLATFORM_ERROR_CODES = [
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
  // platform services
  'outbox.not_retryable',
  'action.not_cancellable',
  'action.unknown_kind',
  // charges ledger and monthly billing (issue 3 §6)
  'charges.period_invalid',
  'charges.period_required',
  'charges.export_too_large',
  // issue 8: security at the edges
  'outbox.recipient_invalid',
  // issue 8: set-password links
  'password_link.invalid',
  // TM Forum APIs (issue 15): TMF630 query conventions and the event hub
  'tmf.filter_unsupported',
  'tmf.filter_too_broad',
  'tmf.callback_invalid',
  'tmf.related_party_required',
] as const;

/** Codes declared here, by the platform and by modules not yet moved to their manifest. */
export type PlatformErrorCode = (typeof PLATFORM_ERROR_CODES)[number];
/** Every code: the platform's, and those each module declares in its manifest (src/modules/index.ts). */
export type ErrorCode = PlatformErrorCode | ModuleErrorCode;

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

/** The row a look-up found, or `resource.not_found` (404) when there is none. */
export function found<T>(row: T | null | undefined): T {
  if (row === null || row === undefined) throw new AppError('resource.not_found');
  return row;
}

/**
 * What the look-up gives, or undefined when it fails with `resource.not_found` (where an unknown id
 * is an answer, not an error); any other error goes on.
 */
export async function unlessNotFound<T>(lookUp: Promise<T>): Promise<T | undefined> {
  try {
    return await lookUp;
  } catch (e) {
    if (e instanceof AppError && e.code === 'resource.not_found') return undefined;
    throw e;
  }
}

export function httpStatusOf(code: ErrorCode): number {
  const declared = moduleError(code);
  if (declared) return declared.status;
  return platformStatusOf(code as PlatformErrorCode);
}

function platformStatusOf(code: PlatformErrorCode): number {
  switch (code) {
    case 'validation.failed':
    case 'request.malformed_json':
    case 'auth.password_too_weak':
    case 'auth.password_reused':
    case 'auth.tenant_required':
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
    // Charges: a bad or missing period is bad input; an export too large is refused (422).
    case 'charges.period_invalid':
    case 'charges.period_required':
      return 400;
    case 'charges.export_too_large':
      return 422;
    case 'outbox.recipient_invalid':
      return 422;
    case 'precondition.required':
      return 428;
    case 'auth.rate_limited':
      return 429;
    case 'password_link.invalid':
      return 410;
    case 'service.unavailable':
      return 503;
    case 'internal.error':
      return 500;
    // TM Forum: an unsupported query or a bad listener callback is bad input; a create without the
    // customer Relais needs is unprocessable.
    case 'tmf.filter_unsupported':
    case 'tmf.filter_too_broad':
    case 'tmf.callback_invalid':
      return 400;
    case 'tmf.related_party_required':
      return 422;
  }
}
