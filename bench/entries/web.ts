import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import type { BenchEntry, EntryContext } from './types.ts';
import { onInterrupt } from '../lib/cleanup.ts';
import { codeState } from '../lib/machine.ts';
import { details, table } from '../lib/markdown.ts';
import { fmt, median } from '../lib/stats.ts';
import { loadConfig } from '../../src/platform/config.ts';
import { startRelais, webBuilt } from '../../src/runtime.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ROUNDS = 5;
const TARGET_KB = 150;
const TARGET_FCP_MS = 1500;

/**
 * Lighthouse's "slow 4G" mobile profile (the one PageSpeed Insights applies): 150 ms round trip,
 * 1.6 Mbit/s down, 750 kbit/s up, each scaled by Lighthouse's 0.9 factor; plus its 4× CPU
 * slowdown. Applied through CDP (Network.emulateNetworkConditions, Emulation.setCPUThrottlingRate).
 */
const SLOW_4G = {
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024 * 0.9) / 8,
  uploadThroughput: (750 * 1024 * 0.9) / 8,
};
const CPU_SLOWDOWN = 4;
/** A mid-range phone's viewport (Lighthouse's Moto G Power). */
const PHONE = { width: 412, height: 823 };

/**
 * Measured before issue 10 §8 by this entry's method (one 744 kB bundle, no compression, both
 * languages, every country's phone data; commit fed584e), kept for the comparison: the "before"
 * build no longer exists in the tree to be measured again.
 */
const BEFORE = { transferredKb: 778.1, fcpMs: 7_200, bareFcpMs: 1_020, when: '2026-12-06' };

interface Variant {
  id: string;
  label: string;
  what: string;
  path: 'bare' | 'login';
  /** Content-Encodings Chromium announces (Accept-Encoding; none: identity). */
  encodings: ('gzip' | 'br')[];
}

const VARIANTS: Variant[] = [
  {
    id: 'bare',
    label: 'bare static HTML (floor)',
    what: 'a 1 kB HTML page with the sign-in heading and form, no script, no CSS, from `node:http`',
    path: 'bare',
    encodings: [],
  },
  {
    id: 'identity',
    label: 'Relais sign-in, uncompressed',
    what: 'the same build with Chromium accepting no compression (what every browser got before)',
    path: 'login',
    encodings: [],
  },
  {
    id: 'gzip',
    label: 'Relais sign-in, gzip',
    what: 'Chromium accepting only gzip: the figure the 150 kB target is about',
    path: 'login',
    encodings: ['gzip'],
  },
  {
    id: 'br',
    label: 'Relais sign-in, brotli',
    what: 'Chromium accepting brotli and gzip, as it does over HTTPS',
    path: 'login',
    encodings: ['br', 'gzip'],
  },
];

interface Load {
  fcpMs: number;
  /** Sign-in form on screen (its button visible), from navigation start. */
  readyMs: number;
  /** On the wire, headers included. */
  bytes: number;
  /** Response bodies only, as sent (compressed when compressed). */
  bodyBytes: number;
  requests: number;
  resources: { url: string; bytes: number; body: number; encoding: string }[];
}

const FORM_READY_SCRIPT = `(() => {
  const check = () => {
    if (window.__formReadyAt !== undefined) return;
    for (const b of document.querySelectorAll('button')) {
      if ((b.textContent || '').includes('Se connecter')) { window.__formReadyAt = performance.now(); return; }
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
})();`;

const BARE_HTML = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Connexion · Relais</title></head><body><main><h1>Connexion</h1><form><label>Identifiant ou adresse e-mail <input name="login"></label><label>Mot de passe <input type="password" name="password"></label><button>Se connecter</button></form></main></body></html>`;

async function loadOnce(browser: Browser, url: string, v: Variant): Promise<Load> {
  const context = await browser.newContext({ viewport: PHONE, locale: 'fr-FR', serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...SLOW_4G });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    // Chromium 156 has no Network.setAcceptedEncodings; an explicit Accept-Encoding header is
    // kept by its network stack (and the response still decoded).
    await cdp.send('Network.setExtraHTTPHeaders', {
      headers: { 'Accept-Encoding': v.encodings.length > 0 ? v.encodings.join(', ') : 'identity' },
    });
    const byId = new Map<string, { url: string; encoding: string; headerBytes: number }>();
    const resources: Load['resources'] = [];
    cdp.on('Network.responseReceived', (e) => {
      const headers = Object.fromEntries(
        Object.entries(e.response.headers).map(([k, val]) => [k.toLowerCase(), String(val)]),
      );
      byId.set(e.requestId, {
        url: e.response.url,
        encoding: headers['content-encoding'] ?? 'none',
        // Bytes received when the response starts: its status line and headers.
        headerBytes: e.response.encodedDataLength,
      });
    });
    cdp.on('Network.loadingFinished', (e) => {
      const r = byId.get(e.requestId);
      if (r)
        resources.push({
          url: r.url,
          encoding: r.encoding,
          bytes: e.encodedDataLength,
          body: e.encodedDataLength - r.headerBytes,
        });
    });
    // The moment the sign-in button enters the DOM, seen from inside the page (a DOM observer
    // installed before any script of the page runs).
    // A string, not a function: tsx's keepNames would wrap a function's inner closures in a
    // helper the page does not have.
    await page.addInitScript(FORM_READY_SCRIPT);
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await page.getByRole('button', { name: 'Se connecter' }).waitFor({ timeout: 60_000 });
    // Late chunks (a language loaded after the entry script) finish before the form shows; a
    // short settle catches any request still in flight.
    await page.waitForLoadState('networkidle', { timeout: 60_000 });
    const timings = await page.evaluate(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      ready: (window as unknown as { __formReadyAt?: number }).__formReadyAt ?? NaN,
    }));
    return {
      fcpMs: timings.fcp,
      readyMs: timings.ready,
      bytes: resources.reduce((sum, r) => sum + r.bytes, 0),
      bodyBytes: resources.reduce((sum, r) => sum + r.body, 0),
      requests: resources.length,
      resources,
    };
  } finally {
    await context.close();
  }
}

function kb(bytes: number): string {
  return fmt(bytes / 1000, 1);
}

async function run(ctx: EntryContext): Promise<string> {
  // BENCH_WEB_NO_BUILD=1 measures what is already in dist/web (e.g. an older commit's build).
  if (process.env.BENCH_WEB_NO_BUILD !== '1') {
    ctx.log('web: building the UI (vite build)');
    execFileSync(
      process.execPath,
      [path.join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'web/vite.config.ts'],
      {
        cwd: ROOT,
        stdio: 'ignore',
      },
    );
  }
  if (!webBuilt()) throw new Error('web: dist/web/index.html missing after the build');

  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'relais-bench-web-'));
  const config = loadConfig(
    { LOG_LEVEL: 'warn', PORT: '0', RELAIS_DATA_DIR: dataDir, RELAIS_DEMO: 'false' },
    { secretKey: randomBytes(32).toString('base64') },
  );
  const relais = await startRelais(config, { logger: false });
  const bare = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' });
    res.end(BARE_HTML);
  });
  await new Promise<void>((resolve) => bare.listen(0, '127.0.0.1', resolve));
  const bareAddr = bare.address();
  const bareUrl = `http://127.0.0.1:${typeof bareAddr === 'object' && bareAddr ? bareAddr.port : 0}/`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'],
  });
  const cleanup = async () => {
    await browser.close().catch(() => undefined);
    bare.close();
    await relais.stop().catch(() => undefined);
    await rm(dataDir, { recursive: true, force: true });
  };
  const off = onInterrupt(cleanup);
  const results = new Map<string, Load[]>(VARIANTS.map((v) => [v.id, []]));
  try {
    // One warm-up load per variant (Chromium's own first-run costs), then interleaved rounds,
    // alternating direction, each load in a fresh context with the cache disabled.
    for (const v of VARIANTS) await loadOnce(browser, v.path === 'bare' ? bareUrl : `${relais.url}/login`, v);
    for (let round = 0; round < ROUNDS; round++) {
      const order = round % 2 === 0 ? VARIANTS : [...VARIANTS].reverse();
      for (const v of order) {
        const load = await loadOnce(browser, v.path === 'bare' ? bareUrl : `${relais.url}/login`, v);
        results.get(v.id)?.push(load);
        ctx.log(`web: round ${round + 1} ${v.id}: ${kb(load.bytes)} kB, FCP ${fmt(load.fcpMs)} ms`);
      }
    }
  } finally {
    off();
    await cleanup();
  }

  const summary = (id: string) => {
    const loads = results.get(id) ?? [];
    return {
      bytes: median(loads.map((l) => l.bytes)),
      body: median(loads.map((l) => l.bodyBytes)),
      requests: median(loads.map((l) => l.requests)),
      fcp: median(loads.map((l) => l.fcpMs)),
      fcpMin: Math.min(...loads.map((l) => l.fcpMs)),
      fcpMax: Math.max(...loads.map((l) => l.fcpMs)),
      ready: median(loads.map((l) => l.readyMs)),
      last: loads.at(-1),
    };
  };
  const bareS = summary('bare');
  const gzipS = summary('gzip');
  const rows = VARIANTS.map((v) => {
    const s = summary(v.id);
    return [
      v.label,
      s.requests,
      kb(s.body),
      kb(s.bytes),
      fmt(s.fcp),
      `${fmt(s.fcpMin)}–${fmt(s.fcpMax)}`,
      fmt(s.ready),
      v.id === 'bare' ? '—' : `+${fmt(s.fcp - bareS.fcp)}`,
    ];
  });
  const gzipResources = (gzipS.last?.resources ?? [])
    .slice()
    .sort((a, b) => b.bytes - a.bytes)
    .map((r) => [new URL(r.url).pathname, r.encoding, kb(r.body), kb(r.bytes)]);

  const verdict = (ok: boolean) => (ok ? 'met' : '**not met**');
  return [
    `Run on ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}. Cold load of the sign-in page (\`/login\`) of the ` +
      `built UI served by Relais (\`startRelais\`, as \`npm start\`), in Chromium on a phone-sized viewport with ` +
      `a slow 4G link and a 4× slower CPU, against a bare static HTML page measured in the same run.`,
    '### Machine',
    table(
      ['', ''],
      [
        ['Node.js', ctx.machine.node],
        ['CPU', `${ctx.machine.cpus} × ${ctx.machine.cpuModel}`],
        ['Load average at start (1/5/15 min)', ctx.machine.loadAtStart],
        ['Code under test', codeState(ROOT)],
        ['Chromium', browserVersionNote()],
      ],
      ['l', 'l'],
    ),
    '### Method',
    [
      `- **Link and CPU.** CDP \`Network.emulateNetworkConditions\` with Lighthouse's slow 4G profile ` +
        `(${SLOW_4G.latency} ms round trip, ${fmt((SLOW_4G.downloadThroughput * 8) / 1024)} kbit/s down, ` +
        `${fmt((SLOW_4G.uploadThroughput * 8) / 1024)} kbit/s up) and \`Emulation.setCPUThrottlingRate\` ${CPU_SLOWDOWN}×; ` +
        `viewport ${PHONE.width}×${PHONE.height}; a fresh browser context per load, cache disabled.`,
      `- **Bytes.** _On the wire_: sum of CDP \`Network.loadingFinished.encodedDataLength\` (headers ` +
        `included); _bodies_: the same less the bytes received by \`Network.responseReceived\` (status line ` +
        `and headers); of every request until the network is idle after the sign-in button shows. The encodings ` +
        `the browser announces are set by an \`Accept-Encoding\` header (CDP \`Network.setExtraHTTPHeaders\`), ` +
        `so one build is measured three ways.`,
      `- **First paint.** The \`first-contentful-paint\` entry of the Paint Timing API, from navigation start; ` +
        `_form in DOM_ is when the "Se connecter" button entered the document (a MutationObserver added ` +
        `before the page's scripts).`,
      `- **Rounds.** One warm-up load per variant, then ${ROUNDS} interleaved rounds (alternating direction); ` +
        `medians reported, with the range.`,
    ].join('\n'),
    '### Results',
    table(
      [
        'Variant',
        'requests',
        'bodies kB',
        'on the wire kB',
        'FCP ms',
        'FCP range ms',
        'form in DOM ms',
        'FCP over the bare page ms',
      ],
      rows,
    ),
    VARIANTS.map((v) => `- _${v.label}_: ${v.what}.`).join('\n'),
    `Targets (issue 10 §8): ≤ ${TARGET_KB} kB gzipped for the sign-in page — ${kb(gzipS.body)} kB of ` +
      `gzipped responses (${kb(gzipS.bytes)} kB with HTTP headers), ${verdict(gzipS.body <= TARGET_KB * 1000)}; first paint under ${fmt(TARGET_FCP_MS)} ms on slow 4G — ` +
      `${fmt(gzipS.fcp)} ms with gzip, ${fmt(summary('br').fcp)} ms with brotli, ` +
      `${verdict(gzipS.fcp < TARGET_FCP_MS)}.`,
    `Before issue 10 §8 (one ${'744'} kB script, uncompressed; measured ${BEFORE.when} by this method on ` +
      `commit fed584e, \`BENCH_WEB_NO_BUILD=1\`): ${fmt(BEFORE.transferredKb, 1)} kB transferred, FCP ` +
      `${fmt(BEFORE.fcpMs)} ms (bare page ${fmt(BEFORE.bareFcpMs)} ms in that run).`,
    details(
      'Resources of the gzip load (last round)',
      table(['path', 'encoding', 'body kB', 'on the wire kB'], gzipResources),
    ),
  ].join('\n\n');
}

function browserVersionNote(): string {
  try {
    return execFileSync(CHROMIUM, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return CHROMIUM;
  }
}

export const webEntry: BenchEntry = {
  id: 'web',
  title: 'Sign-in page on a phone (issue 10 §8) — bytes and first paint on slow 4G, 4× CPU',
  run,
};
