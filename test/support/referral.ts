import { expect } from 'vitest';
import { Client, TEST_PASSWORD, type TestApp } from './app.ts';
import { hashPassword } from '../../src/platform/auth/passwords.ts';

/** Issue 13's test helpers, shared by the referral API tests. */
export interface TestInstaller {
  id: string;
  userId: string;
  email: string;
}

/**
 * Adds an installer to the directory as `admin` (e-mail `<key>@installateurs.test`) and, when
 * `charter`, records its charter signature (REF-01).
 */
export async function addTestInstaller(
  admin: Client,
  key: string,
  body: Record<string, unknown>,
  charter: boolean,
): Promise<TestInstaller> {
  const res = await admin.post('/api/referral/installers', {
    contactName: 'Responsable',
    line1: '1 rue du Lac',
    email: `${key}@installateurs.test`,
    ...body,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  const inst = res.body.installer as TestInstaller;
  if (charter) await signTestCharter(admin, inst.id);
  return { id: inst.id, userId: inst.userId, email: inst.email };
}

export async function signTestCharter(admin: Client, installerId: string): Promise<void> {
  const signed = await admin.post(`/api/referral/installers/${installerId}/charter`, {
    charterVersion: '2009-11',
  });
  expect(signed.status).toBe(200);
  expect(signed.body).toMatchObject({ charterVersion: '2009-11', receivesReferrals: true });
}

/** The installer chooses a password (as with the set-password link), then signs in. */
export async function installerSignsIn(t: TestApp, who: TestInstaller): Promise<Client> {
  const hash = await hashPassword(TEST_PASSWORD);
  await t.db.system((tx) =>
    tx.query(`UPDATE users SET password_hash = $1, must_change_password = false WHERE id = $2`, [
      hash,
      who.userId,
    ]),
  );
  return Client.login(t.url, who.email);
}
