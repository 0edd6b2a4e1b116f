import QRCode from 'qrcode';
import type { Ctx } from '../../platform/context.ts';
import type { Tx } from '../../platform/db/db.ts';
import type { Locale } from '../../platform/i18n/messages.ts';
import { AppError } from '../../platform/errors.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { auditLine } from './line-action-labels.ts';
import type { SecretBox } from '../../platform/secrets/index.ts';
import type { Page } from '../../platform/http/pagination.ts';
import type { Network } from '../catalog/model.ts';
import type { SimType } from '../stock/rules.ts';
import { enqueueModuleEmail } from '../../platform/notify/index.ts';
import { esimActivation as esimActivationMail } from './templates.ts';
import {
  confirmEsim,
  ESIM_MAX_TRIES,
  lpaActivationCode,
  nationalMobile,
  type ConfirmationOutcome,
} from './esim-rules.ts';
import { simSecrets } from '../stock/allocation.ts';
import * as store from './store.ts';

export interface LineOptionView {
  code: string;
  /** ACT-10: status and dates. */
  status: 'pending' | 'active' | 'terminated';
  createdAt: string;
  activatedAt: string | null;
  endedAt: string | null;
}

export interface LineView {
  id: string;
  accountId: string;
  accountName: string;
  orderId: string;
  orderReference: string;
  network: Network;
  offer: string;
  /** The offer's catalog name in the request's language. */
  offerName: string;
  state: store.LineState;
  msisdn: string | null;
  iccid: string | null;
  simType: SimType;
  userName: string;
  siteId: string | null;
  portability: boolean;
  rio: string | null;
  /** ORD-02: the requested activation (porting date) or the deadline (1 working hour). */
  activationAt: string;
  esim: {
    contactEmail: string | null;
    contactMobile: string | null;
    confirmed: boolean;
    locked: boolean;
    triesLeft: number;
  } | null;
  options: LineOptionView[];
  createdAt: string;
  activatedAt: string | null;
  terminatedAt: string | null;
  version: number;
}

export function toLineView(
  l: store.LineRow,
  options: readonly store.LineOptionRow[],
  locale: Locale,
): LineView {
  return {
    id: l.id,
    accountId: l.account_id,
    accountName: l.account_name,
    orderId: l.order_id,
    orderReference: l.order_reference,
    network: l.network,
    offer: l.offer_code,
    offerName: l.offer_name?.[locale] ?? l.offer_code,
    state: l.state,
    msisdn: l.msisdn,
    iccid: l.iccid,
    simType: l.sim_type,
    userName: l.user_name,
    siteId: l.site_id,
    portability: l.portability,
    rio: l.rio,
    activationAt: l.activation_at.toISOString(),
    esim:
      l.sim_type === 'esim'
        ? {
            contactEmail: l.esim_contact_email,
            contactMobile: l.esim_contact_mobile,
            confirmed: l.esim_confirmed_at !== null,
            locked: l.esim_wrong_tries >= ESIM_MAX_TRIES,
            triesLeft: Math.max(0, ESIM_MAX_TRIES - l.esim_wrong_tries),
          }
        : null,
    options: options
      .filter((o) => o.line_id === l.id)
      .map((o) => ({
        code: o.option_code,
        status: o.status,
        createdAt: o.created_at.toISOString(),
        activatedAt: o.activated_at?.toISOString() ?? null,
        endedAt: o.ended_at?.toISOString() ?? null,
      })),
    createdAt: l.created_at.toISOString(),
    activatedAt: l.activated_at?.toISOString() ?? null,
    terminatedAt: l.terminated_at?.toISOString() ?? null,
    version: l.version,
  };
}

async function loadLine(ctx: Ctx, id: string, lock = false): Promise<store.LineRow> {
  const row = await store.getLine(ctx.tx, id, lock);
  if (!row) throw new AppError('resource.not_found');
  return row;
}

/** True when the tenant has a line. */
export function hasLines(tx: Tx): Promise<boolean> {
  return store.hasLines(tx);
}

export async function getLine(ctx: Ctx, id: string): Promise<LineView> {
  const row = await loadLine(ctx, id);
  return toLineView(row, await store.optionsOf(ctx.tx, [row.id]), ctx.locale);
}

export async function listLines(ctx: Ctx, f: store.LineFilter): Promise<Page<LineView>> {
  const { rows, total, totalCapped } = await store.listLines(ctx.tx, f);
  const opts = await store.optionsOf(
    ctx.tx,
    rows.map((r) => r.id),
  );
  return {
    items: rows.map((r) => toLineView(r, opts, ctx.locale)),
    total,
    ...(totalCapped ? { totalCapped } : {}),
    limit: f.limit,
    offset: f.offset,
  };
}

export interface LineSecrets {
  puk: string | null;
  esimConfirmationCode: string | null;
  esimActivationCode: string | null;
  /** CAT-20: the Orange fixed IP's IPsec password, as the operator gave it. */
  fixedIpPassword: string | null;
}

/**
 * ORD-08, CAT-20: the line's secrets (PUK1, eSIM confirmation code, fixed-IP password), only on
 * explicit request, audited.
 */
export async function revealSecrets(ctx: Ctx, secrets: SecretBox, id: string): Promise<LineSecrets> {
  const line = await loadLine(ctx, id);
  const sim = line.iccid ? await simSecrets(ctx.tx, line.iccid) : undefined;
  const fixedIp = await store.fixedIpOf(ctx.tx, line.id);
  await auditLine(ctx, line, 'line.secrets_revealed');
  return {
    puk: sim?.puk_secret ? secrets.decrypt(sim.puk_secret) : null,
    esimConfirmationCode: line.esim_code_secret ? secrets.decrypt(line.esim_code_secret) : null,
    esimActivationCode: activationCodeOf(sim),
    fixedIpPassword: fixedIp?.password_secret ? secrets.decrypt(fixedIp.password_secret) : null,
  };
}

function activationCodeOf(sim: { smdp_address: string | null; matching_id: string | null } | undefined) {
  return sim?.smdp_address && sim.matching_id ? lpaActivationCode(sim.smdp_address, sim.matching_id) : null;
}

export interface EsimActivation {
  /** ORD-05: the whole string (Android) and its parts (iOS asks for them apart). */
  activationCode: string;
  smdpAddress: string;
  matchingId: string;
}

/**
 * The activation code installs the line's eSIM profile on any phone: a person reading it (`via`
 * the JSON route or the QR) is audited like the secrets are (ORD-08). Sending it by e-mail
 * (no `via`) is recorded by the outbox and its own audit event.
 */
export async function esimActivation(ctx: Ctx, id: string, via?: 'esim' | 'qr'): Promise<EsimActivation> {
  const line = await loadLine(ctx, id);
  if (line.sim_type !== 'esim' || !line.iccid) throw new AppError('line.not_esim');
  const sim = await simSecrets(ctx.tx, line.iccid);
  if (!sim?.smdp_address || !sim.matching_id) throw new AppError('line.not_esim');
  if (via)
    await recordAudit(ctx.tx, ctx.actor, ctx.now, ctx.requestId, {
      entityType: 'line',
      entityId: line.id,
      entityLabel: `${line.msisdn ?? line.iccid} (${line.account_name})`,
      action: 'line.esim_activation_read',
      after: { via },
    });
  return {
    activationCode: lpaActivationCode(sim.smdp_address, sim.matching_id),
    smdpAddress: sim.smdp_address,
    matchingId: sim.matching_id,
  };
}

/** ORD-05: an activation code as a QR code (PNG), for the page and the activation mail (SET-06). */
export function qrPngOf(activationCode: string): Promise<Buffer> {
  return QRCode.toBuffer(activationCode, { type: 'png', errorCorrectionLevel: 'M', margin: 2, width: 240 });
}

/** ORD-05: the activation code as a QR code (PNG). */
export async function esimQrPng(ctx: Ctx, id: string): Promise<Buffer> {
  const { activationCode } = await esimActivation(ctx, id, 'qr');
  return qrPngOf(activationCode);
}

/**
 * ORD-05: checks the 6-digit confirmation code; the third wrong try locks it for good. A wrong try
 * must stay counted although the request fails, so the outcome is returned (and committed) and the
 * route turns a refusal into its 4xx after the commit.
 */
export async function confirmEsimCode(
  ctx: Ctx,
  secrets: SecretBox,
  id: string,
  code: string,
): Promise<ConfirmationOutcome> {
  const line = await loadLine(ctx, id, true);
  if (line.sim_type !== 'esim' || !line.esim_code_secret) throw new AppError('line.not_esim');
  const outcome = confirmEsim(secrets.decrypt(line.esim_code_secret), code, line.esim_wrong_tries);
  if (outcome.ok) await store.setEsimTries(ctx.tx, id, line.esim_wrong_tries, ctx.now, ctx.now);
  else if (line.esim_wrong_tries < ESIM_MAX_TRIES)
    await store.setEsimTries(ctx.tx, id, line.esim_wrong_tries + 1, null, ctx.now);
  if (!outcome.ok)
    await auditLine(
      ctx,
      line,
      outcome.code === 'line.esim_locked' ? 'line.esim_code_locked' : 'line.esim_code_wrong',
    );
  return outcome;
}

/**
 * ORD-05: the activation details again, to the e-mail given now (through the outbox). The mobile
 * is recorded for the confirmation-code SMS; Relais has no SMS transport yet, so `smsQueued` says
 * it was not sent.
 */
export async function resendEsim(
  ctx: Ctx,
  id: string,
  to: { email: string; mobile: string },
): Promise<{ emailQueued: boolean; smsQueued: boolean }> {
  const line = await loadLine(ctx, id);
  const mobile = nationalMobile(to.mobile);
  if (!mobile) throw new AppError('order.esim_mobile_invalid', { value: to.mobile });
  const activation = await esimActivation(ctx, id);
  await enqueueEsimActivation(ctx, line, to.email, activation);
  await auditLine(ctx, line, 'line.esim_resent', {
    after: { email: to.email, mobile },
  });
  return { emailQueued: true, smsQueued: false };
}

export async function enqueueEsimActivation(
  ctx: Ctx,
  line: Pick<store.LineRow, 'id' | 'user_name' | 'msisdn' | 'iccid'>,
  email: string,
  activation: EsimActivation,
): Promise<void> {
  await enqueueModuleEmail(ctx.tx, esimActivationMail, {
    to: email,
    locale: ctx.locale,
    data: {
      userName: line.user_name,
      line: line.msisdn ?? line.iccid ?? '',
      activationCode: activation.activationCode,
      smdpAddress: activation.smdpAddress,
      matchingId: activation.matchingId,
      qrPng: (await qrPngOf(activation.activationCode)).toString('base64'),
    },
    entityType: 'line',
    entityId: line.id,
    now: ctx.now,
  });
}

/** What another module (usage, issue 12) needs of a line found by its number. */
export interface LineByNumber {
  id: string;
  msisdn: string;
  network: Network;
  offer: string;
  state: store.LineState;
  userName: string;
  accountId: string;
}

/** The tenant's lines with these national numbers (terminated ones too: their late CDRs still count). */
export async function linesByMsisdn(ctx: Ctx, msisdns: readonly string[]): Promise<LineByNumber[]> {
  if (msisdns.length === 0) return [];
  const rows = await store.linesByMsisdn(ctx.tx, msisdns);
  return rows.map((r) => ({
    id: r.id,
    msisdn: r.msisdn ?? '',
    network: r.network,
    offer: r.offer_code,
    state: r.state,
    userName: r.user_name,
    accountId: r.account_id,
  }));
}

/** Lines by their ids, as the fleet shows them, options left out (usage's tenant view, issue 12). */
export async function linesByIds(ctx: Ctx, ids: readonly string[]): Promise<LineView[]> {
  const rows = await store.linesByIds(ctx.tx, ids);
  return rows.map((r) => toLineView(r, [], ctx.locale));
}
