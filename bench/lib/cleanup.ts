/**
 * Clean-ups that must also run on Ctrl-C (child servers, the bench database): registered here
 * while a resource lives, run by run.ts on SIGINT/SIGTERM. Normal completion runs them itself.
 */
const pending = new Set<() => Promise<void>>();

export function onInterrupt(fn: () => Promise<void>): () => void {
  pending.add(fn);
  return () => pending.delete(fn);
}

let interrupted = false;

/** True once Ctrl-C was pressed: failures after that are the clean-up's doing, not news. */
export function isInterrupted(): boolean {
  return interrupted;
}

export function installInterruptHandler(): void {
  const handler = (signal: NodeJS.Signals) => {
    if (interrupted) process.exit(130);
    interrupted = true;
    process.stderr.write(`[bench] ${signal}: cleaning up…\n`);
    void (async () => {
      for (const fn of [...pending].reverse()) await fn().catch(() => undefined);
      process.exit(130);
    })();
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
}
