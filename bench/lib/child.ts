import { fork, type ChildProcess } from 'node:child_process';

/**
 * A server under test, in its own Node process so that autocannon (in this process) does not
 * compete with it for the event loop. It talks over the IPC channel: it announces `ready` with
 * whatever it wants the parent to know, then answers `{ id, cmd, args }` calls.
 */
export interface ChildServer<Ready> {
  pid: number;
  ready: Ready;
  call<T>(cmd: string, args?: unknown): Promise<T>;
  close(): Promise<void>;
}

interface Reply {
  id?: number;
  type?: string;
  ok?: boolean;
  result?: unknown;
  error?: string;
  info?: unknown;
}

export async function startChild<Ready>(
  script: string,
  env: Record<string, string>,
  // Start-up migrates a fresh database and hashes passwords: minutes on a shared, loaded machine.
  timeoutMs = 600_000,
): Promise<ChildServer<Ready>> {
  const child: ChildProcess = fork(script, [], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, ...env },
    // stdout (Relais' request log) goes to /dev/null: it is written, as in production, but not kept.
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => {
    stderr = (stderr + d.toString()).slice(-8000);
  });
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let nextId = 1;
  let exited = false;

  const ready = await new Promise<Ready>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${script} did not start in time\n${stderr}`)),
      timeoutMs,
    );
    child.on('message', (m: Reply) => {
      if (m.type === 'ready') {
        clearTimeout(timer);
        resolve(m.info as Ready);
        return;
      }
      if (m.type === 'fatal') {
        clearTimeout(timer);
        reject(new Error(`${script}: ${m.error}\n${stderr}`));
        return;
      }
      if (m.id === undefined) return;
      const p = pending.get(m.id);
      if (!p) return;
      pending.delete(m.id);
      if (m.ok) p.resolve(m.result);
      else p.reject(new Error(m.error ?? 'child call failed'));
    });
    child.on('exit', (code, signal) => {
      exited = true;
      clearTimeout(timer);
      const err = new Error(`${script} exited (${code ?? signal})\n${stderr}`);
      for (const p of pending.values()) p.reject(err);
      pending.clear();
      reject(err);
    });
  });

  return {
    pid: child.pid as number,
    ready,
    call<T>(cmd: string, args?: unknown): Promise<T> {
      if (exited) return Promise.reject(new Error(`${script} has exited`));
      const id = nextId++;
      return new Promise<T>((resolve, reject) => {
        pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
        child.send({ id, cmd, args });
      });
    },
    async close() {
      if (exited) return;
      const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.send({ id: 0, cmd: 'close' });
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await gone;
      clearTimeout(timer);
    },
  };
}

type Handler = (args: unknown) => Promise<unknown> | unknown;

/** Child side: announce readiness and serve calls until `close`. */
export function serveParent(
  info: unknown,
  handlers: Record<string, Handler>,
  onClose: () => Promise<void>,
): void {
  const send = (m: unknown) => process.send?.(m);
  process.on('message', (m: { id: number; cmd: string; args?: unknown }) => {
    if (m.cmd === 'close') {
      void onClose().finally(() => process.exit(0));
      return;
    }
    const h = handlers[m.cmd];
    if (!h) {
      send({ id: m.id, ok: false, error: `unknown command ${m.cmd}` });
      return;
    }
    Promise.resolve()
      .then(() => h(m.args))
      .then(
        (result) => send({ id: m.id, ok: true, result }),
        (err: unknown) =>
          send({ id: m.id, ok: false, error: err instanceof Error ? err.stack : String(err) }),
      );
  });
  // Ctrl-C reaches the whole process group: leave it to the parent, which closes us over IPC.
  process.on('SIGINT', () => undefined);
  // The parent going away (crash) must not leave a server behind.
  process.on('disconnect', () => {
    void onClose().finally(() => process.exit(0));
  });
  send({ type: 'ready', info });
}

export function reportFatal(err: unknown): never {
  process.send?.({ type: 'fatal', error: err instanceof Error ? err.stack : String(err) });
  process.exit(1);
}
