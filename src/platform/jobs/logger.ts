/**
 * The slice of a pino logger the worker needs. Declared here rather than importing pino's type so
 * that tests and the CLI can pass any compatible logger (or none).
 */
export type LogFn = (obj: Record<string, unknown>, msg?: string) => void;

export interface WorkerLogger {
  debug: LogFn;
  info: LogFn;
  warn: LogFn;
  error: LogFn;
}

const noop: LogFn = () => undefined;

export const silentLogger: WorkerLogger = { debug: noop, info: noop, warn: noop, error: noop };

/** Error text as stored in last_error columns and logs: bounded, never the whole stack. */
export function errorText(err: unknown): string {
  const text = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  return text.length > 2000 ? `${text.slice(0, 2000)}…` : text;
}
