import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import type { App } from '../../platform/http/server.ts';
import type { Deps } from '../../platform/context.ts';
import { importUsageFile, tenantOfSlug, UnknownTenantError } from './import-file.ts';
import { acceptCsvStream, announcedSize, csvBody } from './csv-body.ts';

/**
 * `relais usage import` while the embedded server holds the data dir: the command sends each
 * file here (loopback, with the control token of the data dir), and the server imports it as the
 * command line would have. Not part of the public API (hidden from the OpenAPI document).
 */
export function usageControlRoutes(
  app: App,
  deps: Deps,
  onRequest: (req: FastifyRequest) => Promise<void>,
): void {
  acceptCsvStream(app);
  app.post(
    '/_control/usage-imports',
    {
      onRequest,
      // A file on the server's own disk, sent by its own command line: streamed, no size limit.
      bodyLimit: Number.MAX_SAFE_INTEGER,
      schema: {
        hide: true,
        querystring: Type.Object(
          {
            tenant: Type.String({ minLength: 1, maxLength: 40 }),
            filename: Type.String({ minLength: 1, maxLength: 255 }),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (req, reply) => {
      let tenantId: string;
      try {
        tenantId = await tenantOfSlug(deps.db, req.query.tenant);
      } catch (err) {
        if (err instanceof UnknownTenantError) return reply.code(404).send({ detail: err.message });
        throw err;
      }
      return reply.code(201).send(
        await importUsageFile(deps.db, deps.actions, {
          tenantId,
          now: deps.clock.now(),
          clock: deps.clock,
          file: csvBody(req, reply),
          bytesTotal: announcedSize(req),
          filename: req.query.filename,
          source: 'cli',
        }),
      );
    },
  );
}
