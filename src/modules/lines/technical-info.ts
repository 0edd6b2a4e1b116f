import { DateTime } from 'luxon';
import type { FixedIpAccess, Network } from '../catalog/model.ts';
import { internationalMsisdn } from '../catalog/rules.ts';

/**
 * A mobile line's technical information (issue 10 item 7): what the handset or the router needs
 * to connect, from seed 003 « Paramétrage » (SET-03, SET-05) and the fixed-IP terms (CAT-20).
 * Catalog data and pure functions: the instant and the line's facts are passed in.
 */

export interface ApnSettings {
  /** The profile's name as the seed writes it ("Orange internet"). */
  name: string;
  apn: string;
  /** Null when the network asks for none. */
  username: string | null;
  password: string | null;
  authentication: string;
  mcc: string;
  mnc: string;
  mmsc: string;
}

/** SET-03: the internet (and MMS) access point of each network, as seed 003 gives it. */
export const APN_SETTINGS: Readonly<Record<Network, ApnSettings>> = {
  orange: {
    name: 'Orange internet',
    apn: 'orange',
    username: 'orange',
    password: 'orange',
    authentication: 'PAP',
    mcc: '208',
    mnc: '01',
    mmsc: 'http://mms.orange.fr',
  },
  bouygues: {
    name: 'Bouygues Internet',
    apn: 'mmsbouygtel.com',
    username: null,
    password: null,
    authentication: 'PAP',
    mcc: '208',
    mnc: '20',
    mmsc: 'http://mms.bouyguestelecom.fr/mms/wapenc',
  },
};

/**
 * CAT-20: the access point of a fixed IP or a partner platform: Orange « telcomobile.com » in PAP
 * for both; Bouygues « mmsbouygtel.com », PAP or CHAP for a fixed IP, PAP for a partner platform.
 */
export function fixedIpApn(
  network: Network,
  delivery: FixedIpAccess['delivery'],
): {
  apn: string;
  authentication: string;
} {
  if (network === 'orange') return { apn: 'telcomobile.com', authentication: 'PAP' };
  return { apn: 'mmsbouygtel.com', authentication: delivery === 'internet_only' ? 'PAP ou CHAP' : 'PAP' };
}

/**
 * A reseller's domain label (its VISP) from its workspace slug: the seed's `alpha` in
 * `…@alpha.otd`. (Relais) No setting names it yet: the slug is the reseller's own name.
 */
export function resellerDomain(slug: string, visp = 1): string {
  const label = slug.toLowerCase().replace(/[^a-z0-9-]/g, '');
  return visp <= 1 ? label : `${label}${visp}`;
}

/**
 * CAT-20: the fixed-IP or partner-platform login: the line's number in its international form +
 * the reseller's domain + `.otd` (Orange) or `.btd` (Bouygues): `337000009279756@alpha.otd`.
 * Null when the line has no number yet.
 */
export function fixedIpLogin(network: Network, msisdn: string | null, domain: string): string | null {
  const international = msisdn ? internationalMsisdn(msisdn) : null;
  if (!international) return null;
  return `${international}@${domain}.${network === 'orange' ? 'otd' : 'btd'}`;
}

export interface NetworkNameFacts {
  network: Network;
  simType: 'pin' | 'no_pin' | 'esim';
  /** When the reseller received the SIM (its delivery into stock); an eSIM's activation for eSIMs. */
  simSince: Date;
  /** A custom network name the operator has set (ACT-08), if any. */
  customName: string | null;
}

export interface ExpectedNetworkName {
  /** The name the phone should show. */
  name: string;
  /** Bouygues: « Mobile » shows first at power-on; switch off and on to see the right name. */
  atPowerOn: string | null;
}

// SET-05: the dates (in France) from which the operators' own names replaced « Telco Mobile ».
const paris = (d: string) => DateTime.fromISO(d, { zone: 'Europe/Paris' }).toMillis();
const ORANGE_SIM_FROM = paris('2023-06-13'); // SIMs received from 13/06/2023
const ORANGE_ESIM_FROM = paris('2024-09-19'); // eSIMs activated from 19/09/2024
const BOUYGUES_FROM = paris('2025-04-15'); // from 15/04/2025

/** SET-05: the network name a phone shows by default (or the custom one, ACT-08). */
export function expectedNetworkName(f: NetworkNameFacts): ExpectedNetworkName {
  const atPowerOn = f.network === 'bouygues' ? 'Mobile' : null;
  if (f.customName) return { name: f.customName, atPowerOn };
  const since = f.simSince.getTime();
  if (f.network === 'orange') {
    const from = f.simType === 'esim' ? ORANGE_ESIM_FROM : ORANGE_SIM_FROM;
    return { name: since < from ? 'Telco Mobile' : 'Orange', atPowerOn };
  }
  return { name: since < BOUYGUES_FROM ? 'Telco Mobile' : 'Bouygues Tel', atPowerOn };
}
