import { v7 as uuidv7 } from 'uuid';

/** The only source of "now" outside rules. Rules take the instant as a parameter (CAL rules). */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that tests move by hand: `clock.set('2026-12-01T00:00:00+01:00')`, `clock.advance(ms)`. */
export class ManualClock implements Clock {
  private current: number;
  constructor(start: Date | string = '2026-01-05T09:00:00Z') {
    this.current = new Date(start).getTime();
  }
  now(): Date {
    return new Date(this.current);
  }
  set(at: Date | string): void {
    this.current = new Date(at).getTime();
  }
  advance(ms: number): void {
    this.current += ms;
  }
}

/** Time-ordered ids (UUID v7): index-friendly and sortable by creation. */
export function newId(): string {
  return uuidv7();
}
