import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ErrorObject } from 'ajv';
import { AppError, httpStatusOf, type ErrorCode } from '../errors.ts';
import { errorMessage } from '../i18n/messages.ts';
import { toFieldIssues } from './validation.ts';

/** RFC 9457 problem details with Relais' stable `code`. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ErrorCode;
  instance: string;
  requestId: string;
  errors?: { pointer: string; code: string; detail: string }[];
}

export const PROBLEM_TYPE_BASE = 'https://relais.dev/problems/';

export function sendProblem(req: FastifyRequest, reply: FastifyReply, err: AppError): FastifyReply {
  const status = httpStatusOf(err.code);
  const msg = errorMessage(err.code, req.locale, { requestId: req.id, ...err.params });
  const body: Problem = {
    type: PROBLEM_TYPE_BASE + err.code.replace('.', '/'),
    title: msg.title,
    status,
    detail: msg.detail,
    code: err.code,
    instance: req.url.split('?')[0] ?? req.url,
    requestId: req.id,
  };
  if (err.issues.length > 0) body.errors = err.issues.map((i) => ({ ...i, detail: i.detail || msg.detail }));
  // One field to fix: say which and how in the detail itself (a search box has no field to
  // highlight, and "fix the highlighted fields" would point at nothing).
  const only = body.errors?.length === 1 ? body.errors[0] : undefined;
  if (err.code === 'validation.failed' && only?.detail) body.detail = only.detail;
  for (const [k, v] of Object.entries(err.headers)) reply.header(k, v);
  return reply.code(status).type('application/problem+json').send(body);
}

/** Maps every error to problem+json in one place; unknown errors become 500 with nothing leaked. */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, req, reply) => {
    const appError = toAppError(error, req);
    if (httpStatusOf(appError.code) >= 500) {
      req.log.error({ err: error }, 'request failed');
    }
    return sendProblem(req, reply, appError);
  });
}

function toAppError(error: FastifyError, req: FastifyRequest): AppError {
  if (error instanceof AppError) return error;
  if (error.validation) {
    const part = error.validationContext ?? 'body';
    return new AppError(
      'validation.failed',
      {},
      toFieldIssues(error.validation as ErrorObject[], part, req.locale),
    );
  }
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new AppError('request.malformed_json', { reason: error.message });
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError('request.too_large', { limit: String(req.routeOptions.bodyLimit ?? '') });
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new AppError('request.unsupported_media_type');
  }
  if (error instanceof SyntaxError || error.statusCode === 400) {
    return new AppError('request.malformed_json', { reason: error.message });
  }
  if (error.statusCode === 413) return new AppError('request.too_large', { limit: '' });
  if (error.statusCode === 415) return new AppError('request.unsupported_media_type');
  if (error.statusCode === 405) return new AppError('method.not_allowed');
  // PostgreSQL unique violation that a service did not anticipate: a conflict, not a crash.
  if ((error as { code?: string }).code === '23505') return new AppError('conflict.duplicate');
  return new AppError('internal.error');
}
