import type { Ctx } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import type { FixedIpAccess, Network } from '../catalog/model.ts';
import { fixedIpCredentialsBy } from '../catalog/rules.ts';
import { catalogVersionAt, optionIn } from '../catalog/lookup.ts';
import { simReceivedAt } from '../stock/allocation.ts';
import { tenantSettings } from '../tenants/service.ts';
import { networkNamesOf } from './sim-store.ts';
import * as store from './store.ts';
import {
  APN_SETTINGS,
  expectedNetworkName,
  fixedIpApn,
  fixedIpLogin,
  resellerDomain,
  type ApnSettings,
  type ExpectedNetworkName,
} from './technical-info.ts';

export interface LineFixedIpView {
  option: string;
  optionName: string;
  delivery: FixedIpAccess['delivery'];
  apn: string;
  authentication: string;
  /** Orange internet only and partner platforms: `<international msisdn>@<domain>.otd|.btd`. */
  login: string | null;
  /** Partner platforms: the login on the reseller's other platforms (VISP 2 and 3). */
  otherPlatformLogins: string[];
  /** Bouygues internet only: the fixed address the operator gave. */
  address: string | null;
  /** Orange internet only: the IPsec password is stored; POST /secrets reveals it (audited). */
  hasPassword: boolean;
  /** Partner platforms: the password is the one the reseller chose on its platform. */
  passwordChosenByReseller: boolean;
  ipsecTunnel: boolean;
  /** Orange: the credentials are given within 30 minutes of the line's delivery, by then. */
  credentialsBy: string | null;
}

export interface LineTechnicalInfo {
  lineId: string;
  network: Network;
  apn: ApnSettings;
  fixedIp: LineFixedIpView | null;
  networkName: ExpectedNetworkName & { custom: boolean };
}

/**
 * GET /api/lines/{id}/technical-info (issue 10 item 7): the APN (SET-03), the fixed IP or partner
 * platform access (CAT-20) and the network name the phone should show (SET-05). No secret here.
 */
export async function lineTechnicalInfo(ctx: Ctx, id: string): Promise<LineTechnicalInfo> {
  const line = await store.getLine(ctx.tx, id);
  if (!line) throw new AppError('resource.not_found');
  const { slug } = await tenantSettings(ctx.tx);
  const options = (await store.optionsOf(ctx.tx, [line.id])).filter((o) => o.status !== 'terminated');
  const version = await catalogVersionAt(ctx.tx, ctx.now);
  let fixedIp: LineFixedIpView | null = null;
  for (const o of options) {
    const row = version ? await optionIn(ctx.tx, version.id, o.option_code) : undefined;
    const access = row?.facts.fixedIpAccess;
    if (!row || !access) continue;
    const given = await store.fixedIpOf(ctx.tx, line.id);
    const domain = resellerDomain(slug);
    const partner = access.delivery === 'partner_platform';
    const withLogin = partner || access.ipsecTunnel;
    const by = fixedIpCredentialsBy(access, line.activated_at);
    fixedIp = {
      option: row.code,
      optionName: ctx.locale === 'en' ? row.name_en : row.name_fr,
      delivery: access.delivery,
      ...fixedIpApn(line.network, access.delivery),
      login: withLogin ? fixedIpLogin(line.network, line.msisdn, domain) : null,
      otherPlatformLogins: partner
        ? [2, 3].flatMap((n) => fixedIpLogin(line.network, line.msisdn, resellerDomain(slug, n)) ?? [])
        : [],
      address: given?.address ?? null,
      hasPassword: Boolean(given?.password_secret),
      passwordChosenByReseller: partner,
      ipsecTunnel: access.ipsecTunnel,
      credentialsBy: by ? by.toISOString() : null,
    };
    break;
  }
  // SET-05: the SIM's delivery date (an eSIM's activation) says which default name it carries.
  const delivered = line.iccid ? await simReceivedAt(ctx.tx, line.iccid) : null;
  const simSince =
    (line.sim_type === 'esim' ? line.activated_at : delivered) ?? line.activated_at ?? line.created_at;
  const custom = (await networkNamesOf(ctx.tx, line.id)).find((n) => n.state === 'done')?.name ?? null;
  return {
    lineId: line.id,
    network: line.network,
    apn: APN_SETTINGS[line.network],
    fixedIp,
    networkName: {
      ...expectedNetworkName({ network: line.network, simType: line.sim_type, simSince, customName: custom }),
      custom: custom !== null,
    },
  };
}
