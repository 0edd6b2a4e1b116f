import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { parseSecretKey } from './secret-box.ts';

export const EMBEDDED_KEY_FILE = 'secret.key';

function isErrno(err: unknown, code: string): boolean {
  return err instanceof Error && (err as NodeJS.ErrnoException).code === code;
}

async function readKey(file: string): Promise<string> {
  const key = (await readFile(file, 'utf8')).trim();
  // A damaged key file is never replaced: a new key would make every stored secret unreadable.
  try {
    parseSecretKey(key);
  } catch {
    throw new Error(
      `${file} does not hold a valid secret key; restore it from a backup (it is never overwritten)`,
    );
  }
  return key;
}

/**
 * Embedded mode only (no DATABASE_URL, config.ts): the key in `<dataDir>/secret.key`, created on
 * first start as 32 random bytes in base64, file mode 0600 in a directory created 0700 if missing.
 * The file is created exclusively ('wx') and flushed to disk before use, so two processes starting
 * together agree on one key and a crash cannot leave secrets encrypted with a lost key.
 * Back up this file with the data directory.
 */
export async function loadOrCreateEmbeddedKey(dataDir: string): Promise<string> {
  const file = path.join(dataDir, EMBEDDED_KEY_FILE);
  try {
    return await readKey(file);
  } catch (err) {
    if (!isErrno(err, 'ENOENT')) throw err;
  }
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const key = randomBytes(32).toString('base64');
  let handle: FileHandle;
  try {
    handle = await open(file, 'wx', 0o600);
  } catch (err) {
    // Another process created it between our read and our open: use that one.
    if (isErrno(err, 'EEXIST')) return readKey(file);
    throw err;
  }
  try {
    await handle.writeFile(`${key}\n`, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  return key;
}
