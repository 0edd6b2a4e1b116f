import { smsUrlProblem } from './notify/sms.ts';
import path from 'node:path';
import { accessSync, constants, statSync } from 'node:fs';
import { parseSecretKey } from './secrets/secret-box.ts';

/**
 * Configuration, read once from the environment and validated at start. Every problem is listed
 * at once so an operator fixes them in one go (the habit of Immich's config validation).
 * The README's configuration table mirrors `CONFIG_DOC` below.
 */
export interface Config {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  /** PostgreSQL connection string; when absent Relais runs on embedded PGlite under dataDir. */
  databaseUrl: string | undefined;
  dataDir: string;
  /** Base64 or hex AES-256 key. In embedded mode a key is generated under dataDir when absent. */
  secretKey: string | undefined;
  /** Earlier keys, still accepted for decryption during a key rotation. */
  previousSecretKeys: string[];
  smtpUrl: string | undefined;
  /** HTTP SMS gateway (issue 12); unset: the local SMS box shown in the UI. */
  smsUrl: string | undefined;
  mailFrom: string;
  publicUrl: string | undefined;
  logLevel: string;
  runWorker: boolean;
  seedDemo: boolean;
  bodyLimit: number;
  dbPoolSize: number;
  trustProxy: boolean;
  loginMaxAttempts: number;
  loginWindowSeconds: number;
  loginMaxAddressFailures: number;
  /** Bearer token for GET /metrics; unset: no /metrics route. */
  metricsToken: string | undefined;
  sessionTtlHours: number;
  /** USE-06: how long the operator simulator takes to apply a data recharge (real operators: up to 30 min). */
  simulatorRechargeDelayMs: number;
  /** Directory the worker watches for CDR files, one sub-directory per tenant slug (issue 12); unset: off. */
  usageInbox: string | undefined;
  /** Largest CDR file `POST /api/usage/imports` accepts, in bytes (streamed, never held in memory). */
  usageUploadLimit: number;
}

export const CONFIG_DOC: { name: string; default: string; description: string }[] = [
  { name: 'PORT', default: '3000', description: 'HTTP port.' },
  { name: 'HOST', default: '127.0.0.1', description: 'Address the HTTP server binds to.' },
  {
    name: 'DATABASE_URL',
    default: '(unset)',
    description: 'PostgreSQL connection string. Unset: embedded PGlite under RELAIS_DATA_DIR.',
  },
  {
    name: 'RELAIS_DATA_DIR',
    default: './data',
    description: 'Embedded database, generated secret key and local mailbox files.',
  },
  {
    name: 'RELAIS_SECRET_KEY',
    default: '(generated in embedded mode)',
    description:
      '32-byte key (base64 or hex) encrypting secrets at rest (AES-256-GCM). Required with DATABASE_URL.',
  },
  {
    name: 'RELAIS_PREVIOUS_SECRET_KEYS',
    default: '(unset)',
    description: 'Comma-separated earlier keys, still accepted for decryption during a rotation.',
  },
  {
    name: 'SMTP_URL',
    default: '(unset)',
    description:
      'SMTP server for outgoing e-mail (smtp://user:pass@host:port). Unset: local mailbox in the UI.',
  },
  {
    name: 'SMS_URL',
    default: '(unset)',
    description:
      'HTTP gateway for outgoing SMS (https://user:pass@host/path, JSON POST, docs/usage.md). Unset: local SMS box in the UI.',
  },
  { name: 'MAIL_FROM', default: 'Relais <no-reply@relais.local>', description: 'Sender of outgoing e-mail.' },
  {
    name: 'RELAIS_PUBLIC_URL',
    default: '(unset)',
    description: 'Public base URL; an https URL marks session cookies Secure.',
  },
  {
    name: 'LOG_LEVEL',
    default: 'info',
    description: 'pino log level (fatal, error, warn, info, debug, trace).',
  },
  {
    name: 'RELAIS_WORKER',
    default: 'true',
    description: 'Run the job worker (outbox delivery, effective-dated actions) inside the server process.',
  },
  {
    name: 'RELAIS_DEMO',
    default: 'true (embedded), false (PostgreSQL)',
    description: 'Create the two demo tenants on an empty database.',
  },
  {
    name: 'RELAIS_BODY_LIMIT',
    default: '1048576',
    description: 'Largest accepted request body, in bytes (413 above).',
  },
  { name: 'RELAIS_DB_POOL', default: '10', description: 'PostgreSQL connection pool size.' },
  {
    name: 'RELAIS_TRUST_PROXY',
    default: 'false',
    description: 'Trust X-Forwarded-* headers (behind a TLS proxy).',
  },
  {
    name: 'RELAIS_LOGIN_MAX_ATTEMPTS',
    default: '10',
    description:
      'Failed sign-ins allowed per user (e-mail and username together) and per login in the window (429 above).',
  },
  {
    name: 'RELAIS_LOGIN_ADDRESS_MAX_FAILURES',
    default: '50',
    description: 'Failed sign-ins allowed per client address, across logins, in the window.',
  },
  {
    name: 'RELAIS_LOGIN_WINDOW_SECONDS',
    default: '900',
    description: 'Login failure window, in seconds. Successful sign-ins never count.',
  },
  {
    name: 'RELAIS_METRICS_TOKEN',
    default: '(unset)',
    description:
      'Bearer token a Prometheus scraper sends to GET /metrics (at least 32 characters). Unset: /metrics answers 404.',
  },
  { name: 'RELAIS_SESSION_TTL_HOURS', default: '12', description: 'Session lifetime since last use.' },
  {
    name: 'RELAIS_SIM_RECHARGE_DELAY_MS',
    default: '0',
    description:
      'Milliseconds the operator simulator takes to apply a data recharge (real operators: up to 30 minutes).',
  },
  {
    name: 'RELAIS_USAGE_INBOX',
    default: '(unset)',
    description:
      'Directory the worker watches for CDR files, one sub-directory per tenant slug (docs/usage.md). Unset: off.',
  },
  {
    name: 'RELAIS_USAGE_UPLOAD_LIMIT',
    default: '1073741824',
    description:
      'Largest CDR file POST /api/usage/imports accepts, in bytes, 1 MiB to 1 GiB (413 above; the file is streamed, never held in memory). The CLI and the inbox have no limit.',
  },
  { name: 'NODE_ENV', default: 'development', description: 'production makes RELAIS_SECRET_KEY mandatory.' },
];

const GIB = 1024 * 1_048_576;

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

export function loadConfig(env: Env = process.env, overrides: Partial<Config> = {}): Config {
  const problems: string[] = [];
  const int = (name: string, def: number, min: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return def;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max) {
      problems.push(`${name} must be an integer between ${min} and ${max} (got "${raw}")`);
      return def;
    }
    return n;
  };
  const bool = (name: string, def: boolean): boolean => {
    const raw = env[name]?.toLowerCase();
    if (raw === undefined || raw === '') return def;
    if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
    if (['0', 'false', 'no', 'off'].includes(raw)) return false;
    problems.push(`${name} must be true or false (got "${env[name]}")`);
    return def;
  };
  const nodeEnv =
    env.NODE_ENV === 'production' ? 'production' : env.NODE_ENV === 'test' ? 'test' : 'development';
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    problems.push('DATABASE_URL must start with postgres:// or postgresql://');
  }
  const smtpUrl = env.SMTP_URL || undefined;
  if (smtpUrl && !/^smtps?:\/\//.test(smtpUrl)) problems.push('SMTP_URL must start with smtp:// or smtps://');
  const smsUrl = env.SMS_URL || undefined;
  const smsProblem = smsUrlProblem(smsUrl);
  if (smsProblem) problems.push(smsProblem);
  const publicUrl = env.RELAIS_PUBLIC_URL || undefined;
  if (publicUrl && !/^https?:\/\//.test(publicUrl)) problems.push('RELAIS_PUBLIC_URL must be an http(s) URL');
  const secretKey = env.RELAIS_SECRET_KEY || undefined;
  if (secretKey && !isKey(secretKey)) problems.push('RELAIS_SECRET_KEY must be 32 bytes in base64 or hex');
  if (!secretKey && (nodeEnv === 'production' || databaseUrl) && overrides.secretKey === undefined) {
    problems.push('RELAIS_SECRET_KEY is required with DATABASE_URL or NODE_ENV=production');
  }
  const previousSecretKeys = (env.RELAIS_PREVIOUS_SECRET_KEYS ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const k of previousSecretKeys) {
    if (!isKey(k)) problems.push('RELAIS_PREVIOUS_SECRET_KEYS must list 32-byte keys in base64 or hex');
  }
  const logLevel = env.LOG_LEVEL || 'info';
  if (!['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].includes(logLevel)) {
    problems.push(
      `LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent (got "${logLevel}")`,
    );
  }
  const metricsToken = env.RELAIS_METRICS_TOKEN || undefined;
  if (metricsToken && !/^[\x21-\x7e]{32,256}$/.test(metricsToken)) {
    problems.push('RELAIS_METRICS_TOKEN must be 32 to 256 printable characters without spaces');
  }
  const usageInbox = env.RELAIS_USAGE_INBOX ? path.resolve(env.RELAIS_USAGE_INBOX) : undefined;
  if (usageInbox && !isWritableDir(usageInbox))
    problems.push(
      `RELAIS_USAGE_INBOX must be an existing directory Relais can write to (got "${usageInbox}")`,
    );
  const config: Config = {
    env: nodeEnv,
    host: env.HOST || '127.0.0.1',
    port: int('PORT', 3000, 0, 65535),
    databaseUrl,
    dataDir: path.resolve(env.RELAIS_DATA_DIR || './data'),
    secretKey,
    previousSecretKeys,
    smtpUrl,
    smsUrl,
    mailFrom: env.MAIL_FROM || 'Relais <no-reply@relais.local>',
    publicUrl,
    logLevel,
    runWorker: bool('RELAIS_WORKER', true),
    seedDemo: bool('RELAIS_DEMO', !databaseUrl),
    bodyLimit: int('RELAIS_BODY_LIMIT', 1_048_576, 1024, 100 * 1_048_576),
    dbPoolSize: int('RELAIS_DB_POOL', 10, 1, 500),
    trustProxy: bool('RELAIS_TRUST_PROXY', false),
    loginMaxAttempts: int('RELAIS_LOGIN_MAX_ATTEMPTS', 10, 1, 10_000),
    loginWindowSeconds: int('RELAIS_LOGIN_WINDOW_SECONDS', 900, 1, 86_400),
    loginMaxAddressFailures: int('RELAIS_LOGIN_ADDRESS_MAX_FAILURES', 50, 1, 100_000),
    metricsToken,
    sessionTtlHours: int('RELAIS_SESSION_TTL_HOURS', 12, 1, 24 * 90),
    simulatorRechargeDelayMs: int('RELAIS_SIM_RECHARGE_DELAY_MS', 0, 0, 30 * 60_000),
    usageInbox,
    usageUploadLimit: int('RELAIS_USAGE_UPLOAD_LIMIT', GIB, 1_048_576, GIB),
    ...overrides,
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

function isWritableDir(dir: string): boolean {
  try {
    if (!statSync(dir).isDirectory()) return false;
    accessSync(dir, constants.W_OK | constants.R_OK);
    return true;
  } catch {
    return false;
  }
}

function isKey(s: string): boolean {
  try {
    parseSecretKey(s);
    return true;
  } catch {
    return false;
  }
}
