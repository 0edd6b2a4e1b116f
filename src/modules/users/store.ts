import type { Tx } from '../../platform/db/db.ts';
import { orderBy } from '../../platform/http/pagination.ts';
import type { Role } from '../../platform/auth/principal.ts';

export interface UserRow {
  id: string;
  email: string;
  login: string | null;
  display_name: string;
  role: Role;
  locale: 'fr' | 'en';
  active: boolean;
  must_change_password: boolean;
  customer_account_id: string | null;
  password_hash: string;
  version: number;
  created_at: Date;
  updated_at: Date;
  last_login_at: Date | null;
}

const COLUMNS = `id, email, login, display_name, role, locale, active, must_change_password, customer_account_id,
  password_hash, version, created_at, updated_at, last_login_at`;

export const USER_SORT: Record<string, string> = {
  email: 'lower(email)',
  displayName: 'lower(display_name)',
  role: 'role',
  createdAt: 'created_at',
  lastLoginAt: 'last_login_at',
};

export interface UserFilter {
  q?: string | undefined;
  role?: Role | undefined;
  active?: boolean | undefined;
  limit: number;
  offset: number;
  sort?: string | undefined;
}

export async function listUsers(tx: Tx, f: UserFilter): Promise<{ rows: UserRow[]; total: number }> {
  const where = `($1::text IS NULL OR lower(email) LIKE $1 OR lower(display_name) LIKE $1 OR lower(coalesce(login, '')) LIKE $1)
    AND ($2::text IS NULL OR role = $2) AND ($3::boolean IS NULL OR active = $3)`;
  const q = f.q ? `%${f.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const params = [q, f.role ?? null, f.active ?? null];
  const rows = await tx.query<UserRow>(
    `SELECT ${COLUMNS} FROM users WHERE ${where} ORDER BY ${orderBy(f.sort, USER_SORT, 'displayName')} LIMIT $4 OFFSET $5`,
    [...params, f.limit, f.offset],
  );
  const { n } = await tx.one<{ n: number }>(`SELECT count(*)::int AS n FROM users WHERE ${where}`, params);
  return { rows, total: n };
}

export function getUser(tx: Tx, id: string): Promise<UserRow | undefined> {
  return tx.maybeOne<UserRow>(`SELECT ${COLUMNS} FROM users WHERE id = $1`, [id]);
}

export function getUserForUpdate(tx: Tx, id: string): Promise<UserRow | undefined> {
  return tx.maybeOne<UserRow>(`SELECT ${COLUMNS} FROM users WHERE id = $1 FOR UPDATE`, [id]);
}

export async function countActiveAdmins(tx: Tx): Promise<number> {
  // Locks the admins so two concurrent demotions cannot both see "two admins left".
  const rows = await tx.query(`SELECT id FROM users WHERE role = 'admin' AND active FOR UPDATE`);
  return rows.length;
}

export async function emailOrLoginTaken(
  tx: Tx,
  email: string,
  login: string | null,
  exceptId: string | null,
) {
  return tx.maybeOne<{ email_taken: boolean; login_taken: boolean }>(
    `SELECT bool_or(lower(email) = lower($1)) AS email_taken, bool_or($2::text IS NOT NULL AND lower(login) = lower($2)) AS login_taken
       FROM users WHERE ($3::uuid IS NULL OR id <> $3) AND (lower(email) = lower($1) OR lower(login) = lower($2))`,
    [email, login, exceptId],
  );
}

export async function insertUser(
  tx: Tx,
  u: {
    id: string;
    email: string;
    login: string | null;
    displayName: string;
    role: Role;
    locale: 'fr' | 'en';
    customerAccountId: string | null;
    passwordHash: string;
    mustChangePassword: boolean;
    now: Date;
  },
): Promise<UserRow> {
  return tx.one<UserRow>(
    `INSERT INTO users (tenant_id, id, email, login, display_name, role, locale, customer_account_id, password_hash,
                        must_change_password, created_at, updated_at)
     VALUES (relais_tenant(), $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10) RETURNING ${COLUMNS}`,
    [
      u.id,
      u.email,
      u.login,
      u.displayName,
      u.role,
      u.locale,
      u.customerAccountId,
      u.passwordHash,
      u.mustChangePassword,
      u.now,
    ],
  );
}

/** The active users of these roles who belong to no customer account: whom the reseller alerts. */
export function activeStaff(
  tx: Tx,
  roles: readonly Role[],
): Promise<{ email: string; locale: 'fr' | 'en'; role: Role }[]> {
  return tx.query(
    `SELECT email, locale, role FROM users
      WHERE active AND customer_account_id IS NULL AND role = ANY($1::text[]) ORDER BY role, email`,
    [roles],
  );
}

/** The user with this e-mail (case-insensitive), if any. */
export function userByEmail(tx: Tx, email: string): Promise<UserRow | undefined> {
  return tx.maybeOne<UserRow>(`SELECT ${COLUMNS} FROM users WHERE lower(email) = lower($1)`, [email]);
}

/** The first user of this role, oldest first. */
export function firstUserWithRole(tx: Tx, role: Role): Promise<UserRow | undefined> {
  return tx.maybeOne<UserRow>(
    `SELECT ${COLUMNS} FROM users WHERE role = $1 ORDER BY created_at, id LIMIT 1`,
    [role],
  );
}

export async function updateUser(
  tx: Tx,
  id: string,
  version: number,
  patch: {
    displayName?: string | undefined;
    role?: Role | undefined;
    active?: boolean | undefined;
    locale?: 'fr' | 'en' | undefined;
  },
  now: Date,
): Promise<UserRow | undefined> {
  return tx.maybeOne<UserRow>(
    `UPDATE users SET display_name = coalesce($3, display_name), role = coalesce($4, role), active = coalesce($5, active),
            locale = coalesce($6, locale), version = version + 1, updated_at = $7,
            -- Only fleet managers have a customer account: leaving the role leaves the account.
            customer_account_id = CASE WHEN coalesce($4, role) = 'fleet_manager' THEN customer_account_id END
      WHERE id = $1 AND version = $2 RETURNING ${COLUMNS}`,
    [
      id,
      version,
      patch.displayName ?? null,
      patch.role ?? null,
      patch.active ?? null,
      patch.locale ?? null,
      now,
    ],
  );
}

export async function setPassword(
  tx: Tx,
  id: string,
  hash: string,
  mustChange: boolean,
  now: Date,
): Promise<UserRow> {
  return tx.one<UserRow>(
    `UPDATE users SET password_hash = $2, must_change_password = $3, version = version + 1, updated_at = $4
      WHERE id = $1 RETURNING ${COLUMNS}`,
    [id, hash, mustChange, now],
  );
}

export async function markLogin(tx: Tx, id: string, now: Date): Promise<void> {
  await tx.query(`UPDATE users SET last_login_at = $2 WHERE id = $1`, [id, now]);
}

export async function customerAccountExists(tx: Tx, id: string): Promise<boolean> {
  return (await tx.maybeOne(`SELECT 1 FROM customer_accounts WHERE id = $1`, [id])) !== undefined;
}
