/**
 * The API contract as the web reads it: types generated from docs/openapi.json into openapi.d.ts
 * (`npm run openapi`; `npm run check` fails when it is stale). Name a server shape by its schema
 * (`Schema<'Line'>`) rather than writing a copy of it by hand.
 */
import type { components, paths } from './openapi.d.ts';

export type Schemas = components['schemas'];
export type Schema<Name extends keyof Schemas> = Schemas[Name];
export type { paths };

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
/** The JSON body of an operation's 200 (or 201) answer: `OkBody<'/api/lines/{id}', 'get'>`. */
export type OkBody<Path extends keyof paths, M extends Method> = paths[Path][M] extends {
  responses: infer R;
}
  ? R extends { 200: { content: { 'application/json': infer B } } }
    ? B
    : R extends { 201: { content: { 'application/json': infer B } } }
      ? B
      : never
  : never;
/** The JSON body an operation accepts. */
export type RequestBody<Path extends keyof paths, M extends Method> = paths[Path][M] extends {
  requestBody?: { content: { 'application/json': infer B } };
}
  ? B
  : never;
