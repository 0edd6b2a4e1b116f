import { LRUCache } from 'lru-cache';

/**
 * Sign-in failure budgets. Only failures count, so an agent who signs in all day is never locked
 * out; a success clears the budgets of the user and login it proved, never the address's (or an
 * attacker with one account of their own could reset their address between guesses).
 *
 * Budgets are keyed on what an attacker cannot vary for free:
 * - the resolved user (`user:<id>`): the e-mail and the username of one user share one budget;
 * - the normalised login (`login:<trimmed NFKC lower-cased>`): logins that match no user, and
 *   spelling variants of one that does, share one budget;
 * - the client address (`addr:<ip>`), across logins, with its own, larger budget.
 *
 * Kept in memory per process (bounded LRU): a restart forgets the counts, as
 * @fastify/rate-limit's memory store did before.
 */
export interface LoginLimitOptions {
  /** Failures allowed per user or login in the window. */
  maxFailures: number;
  /** Failures allowed per client address, across logins, in the window. */
  maxAddressFailures: number;
  windowMs: number;
}

interface Window {
  failures: number;
  /** When the window that started with the first failure ends (ms since epoch). */
  resetAt: number;
}

/** Trimmed, NFKC-folded, lower-cased: `' ＡＤＭＩＮ@x.test'` and `'admin@x.test'` are one login. */
export function normaliseLogin(login: string): string {
  return login.trim().normalize('NFKC').toLowerCase();
}

export class LoginLimiter {
  private readonly windows = new LRUCache<string, Window>({ max: 100_000 });

  constructor(private readonly opts: LoginLimitOptions) {}

  private limitOf(key: string): number {
    return key.startsWith('addr:') ? this.opts.maxAddressFailures : this.opts.maxFailures;
  }

  private live(key: string, now: Date): Window | undefined {
    const w = this.windows.get(key);
    if (w && w.resetAt <= now.getTime()) {
      this.windows.delete(key);
      return undefined;
    }
    return w;
  }

  /** Milliseconds until a sign-in may be tried again when one of the keys has spent its budget. */
  blockedFor(keys: string[], now: Date): number | null {
    let wait = 0;
    for (const key of keys) {
      const w = this.live(key, now);
      if (w && w.failures >= this.limitOf(key)) wait = Math.max(wait, w.resetAt - now.getTime());
    }
    return wait > 0 ? wait : null;
  }

  recordFailure(keys: string[], now: Date): void {
    for (const key of new Set(keys)) {
      const w = this.live(key, now);
      if (w) w.failures += 1;
      else this.windows.set(key, { failures: 1, resetAt: now.getTime() + this.opts.windowMs });
    }
  }

  clear(keys: string[]): void {
    for (const key of keys) this.windows.delete(key);
  }
}

export const addressKey = (ip: string): string => `addr:${ip}`;
export const loginKey = (login: string): string => `login:${normaliseLogin(login)}`;
export const userKey = (userId: string): string => `user:${userId}`;
