import { i18n } from '../i18n/i18n.ts';
import type { Problem, ProblemFieldIssue } from './types.ts';

/**
 * The one way the SPA talks to the server: same-origin cookies, JSON, the session's CSRF token on
 * every unsafe request, an Idempotency-Key on creations, the chosen language in Accept-Language,
 * and every failure turned into an ApiError built from the RFC 9457 problem document.
 */

const NETWORK_ERROR = 'network.unreachable';
const UNEXPECTED_ERROR = 'response.unexpected';
const REQUEST_TIMEOUT_MS = 30_000;

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly detail: string;
  readonly type: string | undefined;
  readonly instance: string | undefined;
  readonly requestId: string | undefined;
  readonly errors: ProblemFieldIssue[];
  /** Seconds to wait before trying again (from Retry-After), when the server said so. */
  readonly retryAfterSeconds: number | undefined;

  constructor(init: {
    status: number;
    code: string;
    title: string;
    detail: string;
    type?: string | undefined;
    instance?: string | undefined;
    requestId?: string | undefined;
    errors?: ProblemFieldIssue[] | undefined;
    retryAfterSeconds?: number | undefined;
  }) {
    super(init.detail || init.title || init.code);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.title = init.title;
    this.detail = init.detail;
    this.type = init.type;
    this.instance = init.instance;
    this.requestId = init.requestId;
    this.errors = init.errors ?? [];
    this.retryAfterSeconds = init.retryAfterSeconds;
  }

  /** True when no answer came back at all (offline, server down, timeout). */
  get isNetworkError(): boolean {
    return this.code === NETWORK_ERROR;
  }

  /**
   * Field messages keyed by the body property they are about: `/body/email` → `email`,
   * `/body/address/city` → `address.city`. The first message for a field wins.
   */
  fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const issue of this.errors) {
      const match = /^\/body\/(.+)$/.exec(issue.pointer);
      if (!match?.[1]) continue;
      const field = match[1].split('/').join('.');
      if (!(field in out)) out[field] = issue.detail;
    }
    return out;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

type QueryValue = string | number | boolean | null | undefined;
export type QueryParams = Record<string, QueryValue>;

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  query?: QueryParams;
  /** ETag of the version being changed; sent as If-Match. */
  ifMatch?: string | null;
  /** Sent as Idempotency-Key; one per user submission (see useIdempotentMutation). */
  idempotencyKey?: string;
  signal?: AbortSignal;
  /** Do not treat 401 as "session lost" (the login form and the session probe handle it). */
  allowUnauthorized?: boolean;
  /**
   * A body sent as it is with its own Content-Type instead of `body` as JSON: a file (a Blob,
   * which the browser streams from disk) or its text.
   */
  rawBody?: { type: string; data: string | Blob };
  /** A long upload waits for its answer as long as it takes, not REQUEST_TIMEOUT_MS. */
  noTimeout?: boolean;
}

export interface ApiResponse<T> {
  data: T;
  status: number;
  etag: string | null;
  headers: Headers;
}

interface AuthHandlers {
  onUnauthorized: (error: ApiError) => void;
  onPasswordChangeRequired: (error: ApiError) => void;
  onCsrfRejected: (error: ApiError) => void;
}

let csrfToken: string | null = null;
let handlers: AuthHandlers | null = null;

/** The session's CSRF token, sent as X-CSRF-Token on POST/PUT/PATCH/DELETE. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** The app registers how to react when the session is lost or a password change is forced. */
export function setAuthHandlers(next: AuthHandlers | null): void {
  handlers = next;
}

export function buildUrl(path: string, query?: QueryParams): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

/** Retry-After is either a number of seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}

/** crypto.randomUUID only exists in secure contexts; a back office reached over plain http on a LAN is not one. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function' && window.isSecureContext) return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function networkError(): ApiError {
  return new ApiError({
    status: 0,
    code: NETWORK_ERROR,
    title: i18n.t('errors.network.title'),
    detail: i18n.t('errors.network.detail'),
  });
}

function isJson(contentType: string | null): boolean {
  return !!contentType && /[/+]json\b/i.test(contentType);
}

async function toApiError(response: Response): Promise<ApiError> {
  const contentType = response.headers.get('content-type');
  let problem: Problem = {};
  if (isJson(contentType)) {
    try {
      const parsed: unknown = await response.json();
      if (parsed && typeof parsed === 'object') problem = parsed as Problem;
    } catch {
      // An unreadable body still gets a useful generic message below.
    }
  }
  const requestId = problem.requestId ?? response.headers.get('x-request-id') ?? undefined;
  return new ApiError({
    status: response.status,
    code: problem.code ?? UNEXPECTED_ERROR,
    title: problem.title ?? i18n.t('errors.unexpected.title'),
    detail: problem.detail ?? i18n.t('errors.unexpected.detail', { status: response.status }),
    type: problem.type,
    instance: problem.instance,
    requestId,
    errors: Array.isArray(problem.errors) ? problem.errors : [],
    retryAfterSeconds: parseRetryAfter(response.headers.get('retry-after')),
  });
}

function withTimeout(
  signal: AbortSignal | undefined,
  noTimeout = false,
): { signal: AbortSignal | undefined; timedOut: () => boolean } {
  if (noTimeout) return { signal, timedOut: () => false };
  const timeout = AbortSignal.timeout(REQUEST_TIMEOUT_MS);
  // AbortSignal.any is recent (2024); without it the caller's cancellation wins over the timeout.
  const combined = signal
    ? typeof AbortSignal.any === 'function'
      ? AbortSignal.any([signal, timeout])
      : signal
    : timeout;
  return {
    signal: combined,
    timedOut: () => timeout.aborted,
  };
}

export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<ApiResponse<T>> {
  const method = options.method ?? 'GET';
  const headers = new Headers({
    Accept: 'application/json, application/problem+json',
    'Accept-Language': i18n.language || 'fr',
  });
  if (options.body !== undefined) headers.set('Content-Type', 'application/json');
  if (options.rawBody) headers.set('Content-Type', options.rawBody.type);
  if (method !== 'GET' && csrfToken) headers.set('X-CSRF-Token', csrfToken);
  if (options.ifMatch) headers.set('If-Match', options.ifMatch);
  if (options.idempotencyKey) headers.set('Idempotency-Key', options.idempotencyKey);

  const { signal, timedOut } = withTimeout(options.signal, options.noTimeout);
  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.rawBody
        ? options.rawBody.data
        : options.body === undefined
          ? undefined
          : JSON.stringify(options.body),
      signal: signal ?? null,
    });
  } catch (error) {
    // A caller's own cancellation (React Query unmounting) is not a failure to report.
    if (options.signal?.aborted && !timedOut()) throw error;
    throw networkError();
  }

  if (!response.ok) {
    const error = await toApiError(response);
    if (error.status === 401 && !options.allowUnauthorized) handlers?.onUnauthorized(error);
    if (!handlers && error.status === 401 && !options.allowUnauthorized) window.location.assign('/login');
    if (error.status === 403 && error.code === 'auth.password_change_required') {
      handlers?.onPasswordChangeRequired(error);
    }
    if (error.status === 403 && error.code === 'auth.csrf_invalid') handlers?.onCsrfRejected(error);
    throw error;
  }

  let data: unknown = undefined;
  if (response.status !== 204 && isJson(response.headers.get('content-type'))) {
    try {
      data = await response.json();
    } catch {
      throw networkError();
    }
  }
  return {
    data: data as T,
    status: response.status,
    etag: response.headers.get('etag'),
    headers: response.headers,
  };
}

/** Short forms for the common calls; they return the body only. */
export const api = {
  get: async <T>(path: string, query?: QueryParams, signal?: AbortSignal): Promise<T> =>
    (await apiRequest<T>(path, { query, signal })).data,
  post: async <T>(path: string, body?: unknown, options: Omit<RequestOptions, 'method' | 'body'> = {}) =>
    (await apiRequest<T>(path, { ...options, method: 'POST', body })).data,
  patch: async <T>(path: string, body: unknown, options: Omit<RequestOptions, 'method' | 'body'> = {}) =>
    (await apiRequest<T>(path, { ...options, method: 'PATCH', body })).data,
  delete: async (path: string, options: Omit<RequestOptions, 'method' | 'body'> = {}): Promise<void> => {
    await apiRequest<undefined>(path, { ...options, method: 'DELETE' });
  },
};

/** A resource with the ETag the server sent for it, to be echoed in If-Match when changing it. */
export interface Versioned<T> {
  data: T;
  etag: string | null;
}

export async function getVersioned<T>(path: string, signal?: AbortSignal): Promise<Versioned<T>> {
  const response = await apiRequest<T>(path, { signal });
  return { data: response.data, etag: response.etag };
}

export async function patchVersioned<T>(
  path: string,
  body: unknown,
  etag: string | null,
): Promise<Versioned<T>> {
  const response = await apiRequest<T>(path, { method: 'PATCH', body, ifMatch: etag });
  return { data: response.data, etag: response.etag };
}
