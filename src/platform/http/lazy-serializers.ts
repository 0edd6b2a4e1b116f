import { SerializerSelector } from '@fastify/fast-json-stringify-compiler';

type Factory = ReturnType<typeof SerializerSelector>;
type Compiler = ReturnType<Factory>;

/**
 * Response serializers compiled on a route's first response instead of at start.
 *
 * Fastify builds a fast-json-stringify serializer for every response schema of every route when
 * the app becomes ready: for Relais' several hundred routes, about 15 s of CPU on this project's
 * 2-core machines (measured: buildApp 14–20 s, of which fast-json-stringify 21 s of 22 s in a CPU
 * profile). Every start paid it: `npm start`, every browser test's server, every API test file.
 * A process serves few of its routes at first; each one's serializer is now built when that route
 * first answers with that status (a few milliseconds) and kept, exactly the one Fastify would have
 * built. This is what Fastify's own proposal `lazySchemaCompilation` (fastify/fastify#6977) does.
 *
 * `eager` keeps Fastify's behaviour: a test builds the app that way so that a schema no serializer
 * can be made from still fails the suite rather than a user's first request.
 */
export function serializerFactory(mode: 'lazy' | 'eager'): Factory {
  const fastJsonStringify = SerializerSelector();
  if (mode === 'eager') return fastJsonStringify;
  return (externalSchemas, options) => {
    const compile: Compiler = fastJsonStringify(externalSchemas, options);
    return (route) => {
      let serialize: ReturnType<Compiler> | undefined;
      return (doc) => (serialize ??= compile(route))(doc);
    };
  };
}
