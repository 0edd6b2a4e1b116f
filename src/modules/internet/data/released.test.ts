import { describe, expect, it } from 'vitest';
import { internetChecksum } from '../load-catalog.ts';
import { INTERNET_2026_01 } from './internet-2026-01.ts';

// A database that loaded a version refuses to start when that version's file no longer has the
// same checksum, so a released file may be reshaped (builders, shared parts) but its data never.
describe('released internet catalog versions', () => {
  it('internet-2026-01 still has the checksum it was released with', () => {
    expect(internetChecksum(INTERNET_2026_01)).toBe(
      '8e5c6200d2caddab13acfc4fe236e24a86ee9912665bdd8675ec163b233d5101',
    );
  });
});
