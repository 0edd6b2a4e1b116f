import type { Tx } from '../../platform/db/db.ts';
import type { EscalationTemplate, Operator, RequiredInfoField, Service, TariffLine } from './rules.ts';

/**
 * SQL of the desk's settings per tenant: addresses (support_settings), operators
 * (support_operators) and tariff (support_tariff), each copied from the seed on first read; and
 * what the desk reads of its tenant (country and zone) and of its users (the supervisors alerted).
 */

export interface SupportSettings {
  customer_service_email: string;
  operator_name: string;
  operator_email: string;
  supervisor_email: string | null;
}

/** SUP-07 / SUP-02: the seed's OpenIP addresses, copied for a tenant on first use. */
export async function settings(tx: Tx): Promise<SupportSettings> {
  const cols = 'customer_service_email, operator_name, operator_email, supervisor_email';
  const row = await tx.maybeOne<SupportSettings>(`SELECT ${cols} FROM support_settings`);
  if (row) return row;
  return tx.one<SupportSettings>(
    `INSERT INTO support_settings (tenant_id, customer_service_email, operator_name, operator_email)
     VALUES (relais_tenant(), 'serviceclients@openip.fr', 'OpenIP', 'technique@openip.fr')
     ON CONFLICT (tenant_id) DO UPDATE SET tenant_id = EXCLUDED.tenant_id RETURNING ${cols}`,
  );
}

interface OperatorRow {
  code: string;
  name: string;
  email: string;
  services: Service[];
  template: EscalationTemplate;
  required_info: RequiredInfoField[];
}

/** Issue 4 item 7: the tenant's operators; the first read copies the defaults (OpenIP from settings). */
export async function operators(tx: Tx, defaults: readonly Operator[]): Promise<Operator[]> {
  const sql = `SELECT code, name, email, services, template, required_info FROM support_operators ORDER BY code`;
  const toOperator = (r: OperatorRow): Operator => ({
    code: r.code,
    name: r.name,
    email: r.email,
    services: r.services,
    template: r.template,
    requiredInfo: r.required_info,
  });
  const rows = await tx.query<OperatorRow>(sql);
  if (rows.length > 0) return rows.map(toOperator);
  const s = await settings(tx);
  for (const o of defaults) {
    await tx.query(
      `INSERT INTO support_operators (tenant_id, code, name, email, services, template, required_info)
       VALUES (relais_tenant(), $1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`,
      [
        o.code,
        o.code === 'openip' ? s.operator_name : o.name,
        o.code === 'openip' ? s.operator_email : o.email,
        [...o.services],
        o.template,
        [...o.requiredInfo],
      ],
    );
  }
  return (await tx.query<OperatorRow>(sql)).map(toOperator);
}

export async function tenantCalendar(tx: Tx): Promise<{ country: 'FR' | 'IL'; timeZone: string }> {
  const row = await tx.one<{ country: 'FR' | 'IL'; time_zone: string }>(
    `SELECT country, time_zone FROM tenants`,
  );
  return { country: row.country, timeZone: row.time_zone };
}

/** SLA: the supervisors alerted of an incident at risk or breached. */
export function supervisorEmails(tx: Tx): Promise<{ email: string }[]> {
  return tx.query<{ email: string }>(
    `SELECT email FROM users WHERE role = 'supervisor' AND active ORDER BY email`,
  );
}

interface TariffRow {
  code: string;
  label_fr: string;
  label_en: string;
  services: Service[];
  amount_cents: number | null;
  on_quote: boolean;
  kind: 'qualification' | 'fee';
}

const toLine = (r: TariffRow): TariffLine => ({
  code: r.code,
  labelFr: r.label_fr,
  labelEn: r.label_en,
  services: r.services,
  amountCents: r.amount_cents,
  onQuote: r.on_quote,
  kind: r.kind,
});

/** SUP-04: the tenant's tariff; the first read copies the seed's lines into it. */
export async function tariff(tx: Tx, defaults: readonly TariffLine[]): Promise<TariffLine[]> {
  const sql = `SELECT code, label_fr, label_en, services, amount_cents, on_quote, kind FROM support_tariff ORDER BY code`;
  const rows = await tx.query<TariffRow>(sql);
  if (rows.length > 0) return rows.map(toLine);
  for (const l of defaults) {
    await tx.query(
      `INSERT INTO support_tariff (tenant_id, code, label_fr, label_en, services, amount_cents, on_quote, kind)
       VALUES (relais_tenant(), $1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING`,
      [l.code, l.labelFr, l.labelEn, [...l.services], l.amountCents, l.onQuote, l.kind],
    );
  }
  return (await tx.query<TariffRow>(sql)).map(toLine);
}
