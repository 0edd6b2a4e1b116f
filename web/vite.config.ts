import { createRequire } from 'node:module';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

// The SPA lives in web/ and is built into dist/web, which the Fastify server serves with a
// history fallback. In development, Vite proxies the API to a server started on port 3000.
const apiTarget = 'http://127.0.0.1:3000';
const outDir = fileURLToPath(new URL('../dist/web', import.meta.url));

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);
const COMPRESSIBLE = /\.(js|css|html|svg|json)$/;

/** Countries whose numbers the UI formats: the two markets Relais sells in (FR, IL). */
const PHONE_COUNTRIES = ['FR', 'IL'];
const PHONE_METADATA = 'virtual:phone-metadata';

interface PhoneMetadata {
  version: number;
  country_calling_codes: Record<string, string[]>;
  countries: Record<string, unknown>;
  nonGeographic?: Record<string, unknown>;
}

/**
 * `virtual:phone-metadata`: libphonenumber-js's "min" metadata cut down to PHONE_COUNTRIES at
 * build time (a few kB instead of the ~80 kB of every country), taken from the installed package
 * so an upgrade of libphonenumber-js refreshes it.
 */
function phoneMetadata(): Plugin {
  const resolved = `\0${PHONE_METADATA}`;
  return {
    name: 'relais-phone-metadata',
    resolveId: (id) => (id === PHONE_METADATA ? resolved : undefined),
    async load(id) {
      if (id !== resolved) return undefined;
      const file = createRequire(import.meta.url).resolve('libphonenumber-js/metadata.min.json');
      const all = JSON.parse(await readFile(file, 'utf8')) as PhoneMetadata;
      const codes = Object.fromEntries(
        Object.entries(all.country_calling_codes)
          .map(([code, countries]) => [code, countries.filter((c) => PHONE_COUNTRIES.includes(c))] as const)
          .filter(([, countries]) => countries.length > 0),
      );
      const subset: PhoneMetadata = {
        version: all.version,
        country_calling_codes: codes,
        countries: Object.fromEntries(PHONE_COUNTRIES.map((c) => [c, all.countries[c]])),
        nonGeographic: {},
      };
      return `export default ${JSON.stringify(subset)};`;
    },
  };
}

/**
 * Writes `file.br` and `file.gz` next to every text asset once the bundle is on disk, so the
 * server sends them as they are (@fastify/static `preCompressed`) instead of compressing each
 * response. Maximum levels: the cost is paid once per build, not per request. A file that does not
 * shrink by a tenth is left alone.
 */
function precompress(): Plugin {
  return {
    name: 'relais-precompress',
    apply: 'build',
    async closeBundle() {
      const files = await readdir(outDir, { recursive: true });
      await Promise.all(
        files
          .filter((f) => COMPRESSIBLE.test(f))
          .map(async (f) => {
            const file = path.join(outDir, f);
            const raw = await readFile(file);
            const [br, gzipped] = await Promise.all([
              brotli(raw, {
                params: {
                  [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
                  [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
                },
              }),
              gz(raw, { level: constants.Z_BEST_COMPRESSION }),
            ]);
            if (gzipped.length > raw.length * 0.9) return;
            await Promise.all([writeFile(`${file}.br`, br), writeFile(`${file}.gz`, gzipped)]);
          }),
      );
    },
  };
}

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  plugins: [react(), phoneMetadata(), precompress()],
  build: {
    outDir,
    emptyOutDir: true,
    // No source maps in the build: they would publish the UI's source as written (issue 8).
    sourcemap: false,
    // Every browser Relais supports knows <link rel="modulepreload">: no polyfill on the first load.
    modulePreload: { polyfill: false },
  },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
      '/tmf-api': { target: apiTarget, changeOrigin: false },
      '/healthz': { target: apiTarget },
      '/readyz': { target: apiTarget },
    },
  },
  preview: {
    proxy: {
      '/api': { target: apiTarget },
      '/tmf-api': { target: apiTarget },
      '/healthz': { target: apiTarget },
      '/readyz': { target: apiTarget },
    },
  },
});
