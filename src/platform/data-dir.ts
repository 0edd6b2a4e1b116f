import { mkdir, open, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * The embedded database can be opened by one process only; a second PGlite on the same files
 * would damage them. The process that owns the data dir holds `relais.lock` (its pid); the server
 * also writes `server.json` so that the command line can talk to it instead of opening the files.
 */
export interface ServerInfo {
  pid: number;
  url: string;
  controlToken: string;
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export class DataDirBusyError extends Error {
  constructor(public readonly pid: number) {
    super(`the data directory is in use by process ${pid}`);
  }
}

export async function acquireDataDir(dataDir: string): Promise<() => Promise<void>> {
  await mkdir(dataDir, { recursive: true });
  const lockPath = path.join(dataDir, 'relais.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fh = await open(lockPath, 'wx', 0o600);
      await fh.writeFile(String(process.pid));
      await fh.close();
      return async () => {
        await rm(lockPath, { force: true });
        await rm(path.join(dataDir, 'server.json'), { force: true });
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const pid = Number((await readFile(lockPath, 'utf8').catch(() => '')).trim());
      if (pid && pid !== process.pid && isAlive(pid)) throw new DataDirBusyError(pid);
      // The owner died without cleaning up (kill -9): the lock is stale.
      await rm(lockPath, { force: true });
    }
  }
  throw new Error(`cannot lock ${lockPath}`);
}

export async function writeServerInfo(dataDir: string, info: ServerInfo): Promise<void> {
  await writeFile(path.join(dataDir, 'server.json'), JSON.stringify(info), { mode: 0o600 });
}

export async function readRunningServer(dataDir: string): Promise<ServerInfo | null> {
  try {
    const info = JSON.parse(await readFile(path.join(dataDir, 'server.json'), 'utf8')) as ServerInfo;
    return isAlive(info.pid) ? info : null;
  } catch {
    return null;
  }
}
