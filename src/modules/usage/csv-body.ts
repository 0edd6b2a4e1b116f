import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App } from '../../platform/http/server.ts';
import { AppError } from '../../platform/errors.ts';

/** A body handed on as a stream (the text/csv parser below). */
export type BodyStream = AsyncIterable<Uint8Array>;

/** How a request body left unread is thrown away as it arrives (hidden from the body checks). */
const DISCARD = Symbol('discard');
type RequestBody = BodyStream & { [DISCARD]: () => void };

const tooLarge = (limit: number) => new AppError('request.too_large', { limit: String(limit) });

/** How long the rest of a refused body is read and dropped after the answer, at most. */
const LINGER_MS = 2000;

/**
 * The body's bytes as they come, refused (413) the moment they pass `limit`. Stopped before its
 * end (a refused file, too large, a failure), the rest of the body is left unread, not destroyed
 * (the answer must still go out), and read and dropped for a while after the answer (a lingering
 * close, as nginx does): a server that closes at once makes the client's next write reset the
 * connection, and the reset can discard the answer before the client reads it (a client still
 * sending sees EPIPE, not the 413). A client still sending after that is cut off.
 */
async function* limited(
  payload: RequestBody,
  limit: number,
  req: FastifyRequest,
  reply: FastifyReply,
): BodyStream {
  const chunks = payload[Symbol.asyncIterator]();
  let ended = false;
  let bytes = 0;
  try {
    for (;;) {
      const next = await chunks.next();
      if (next.done) {
        ended = true;
        return;
      }
      bytes += next.value.byteLength;
      if (bytes > limit) throw tooLarge(limit);
      yield next.value;
    }
  } finally {
    if (!ended) {
      await chunks.return?.();
      payload[DISCARD]();
      const socket = req.raw.socket;
      reply.raw.once('finish', () => {
        setTimeout(() => {
          if (!req.raw.complete) socket.destroy();
        }, LINGER_MS).unref();
      });
    }
  }
}

/**
 * CDR files arrive as the CSV itself (docs/usage.md), streamed: the body is handed to the route
 * unread, never buffered whole, within the route's `bodyLimit` — refused at once when its
 * Content-Length announces more, or when a chunked body grows past it.
 */
export function acceptCsvStream(app: App): void {
  if (app.hasContentTypeParser('text/csv')) return;
  app.addContentTypeParser('text/csv', (req, payload, done) => {
    const limit = req.routeOptions.bodyLimit ?? Number.POSITIVE_INFINITY;
    if (Number(req.headers['content-length'] ?? 0) > limit) return done(tooLarge(limit), undefined);
    // Handed on as a bare iterable, nothing for the body checks to walk into (server.ts); its
    // iterator leaves the request open when the import stops early (the answer must go out).
    const body: RequestBody = {
      [Symbol.asyncIterator]: () => payload.iterator({ destroyOnReturn: false }),
      [DISCARD]: () => void payload.resume(),
    };
    done(null, body);
  });
}

/** The request's CSV body as a stream within the route's limit, or 400 when it has none (empty, or JSON). */
export function csvBody(req: FastifyRequest, reply: FastifyReply): BodyStream {
  const body = req.body as Partial<BodyStream> | undefined;
  if (req.headers['content-length'] === '0' || typeof body?.[Symbol.asyncIterator] !== 'function')
    throw new AppError('usage.file_required');
  return limited(body as RequestBody, req.routeOptions.bodyLimit ?? Number.POSITIVE_INFINITY, req, reply);
}

/** The body's announced size (Content-Length), null when chunked. */
export function announcedSize(req: FastifyRequest): number | null {
  const n = Number(req.headers['content-length']);
  return Number.isSafeInteger(n) && n > 0 ? n : null;
}
