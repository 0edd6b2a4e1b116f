import { describe, expect, it } from 'vitest';
import {
  APN_SETTINGS,
  expectedNetworkName,
  fixedIpApn,
  fixedIpLogin,
  resellerDomain,
  type NetworkNameFacts,
} from './technical-info.ts';

describe('technical information of a mobile line', () => {
  it('SET-03 the APN of each network, as seed 003 gives it', () => {
    expect(APN_SETTINGS.orange).toEqual({
      name: 'Orange internet',
      apn: 'orange',
      username: 'orange',
      password: 'orange',
      authentication: 'PAP',
      mcc: '208',
      mnc: '01',
      mmsc: 'http://mms.orange.fr',
    });
    expect(APN_SETTINGS.bouygues).toEqual({
      name: 'Bouygues Internet',
      apn: 'mmsbouygtel.com',
      username: null,
      password: null,
      authentication: 'PAP',
      mcc: '208',
      mnc: '20',
      mmsc: 'http://mms.bouyguestelecom.fr/mms/wapenc',
    });
  });

  it.each([
    ['orange', 'internet_only', 'telcomobile.com', 'PAP'],
    ['orange', 'partner_platform', 'telcomobile.com', 'PAP'],
    ['bouygues', 'internet_only', 'mmsbouygtel.com', 'PAP ou CHAP'],
    ['bouygues', 'partner_platform', 'mmsbouygtel.com', 'PAP'],
  ] as const)('CAT-20 SET-03 fixed IP on %s delivered %s: APN %s, %s', (network, delivery, apn, auth) => {
    expect(fixedIpApn(network, delivery)).toEqual({ apn, authentication: auth });
  });

  it.each([
    // The seed's example: a 14-digit Orange data number → 15 digits @ the reseller's domain.
    ['orange', '07000009279756', 'alpha', '337000009279756@alpha.otd'],
    ['orange', '06 39 98 00 01', 'demo-fr', '33639980001@demo-fr.otd'],
    ['bouygues', '0639981000', 'partenaire2', '33639981000@partenaire2.btd'],
    ['bouygues', null, 'demo-fr', null],
    ['orange', 'pas un numéro', 'demo-fr', null],
  ] as const)('CAT-20 login of %s line %s with domain %s is %s', (network, msisdn, domain, login) => {
    expect(fixedIpLogin(network, msisdn, domain)).toBe(login);
  });

  it('CAT-20 a reseller with several platforms (VISPs) has one domain each', () => {
    expect(resellerDomain('Demo-FR')).toBe('demo-fr');
    expect(resellerDomain('demo-fr', 2)).toBe('demo-fr2');
    expect(resellerDomain('demo-fr', 3)).toBe('demo-fr3');
  });

  const at = (iso: string) => new Date(iso);
  it.each<[string, NetworkNameFacts, string, string | null]>([
    [
      'Orange SIM received from 13/06/2023',
      { network: 'orange', simType: 'pin', simSince: at('2023-06-13T08:00:00Z'), customName: null },
      'Orange',
      null,
    ],
    [
      'Orange SIM received before',
      { network: 'orange', simType: 'pin', simSince: at('2023-06-12T20:00:00Z'), customName: null },
      'Telco Mobile',
      null,
    ],
    [
      'Orange eSIM activated before 19/09/2024',
      { network: 'orange', simType: 'esim', simSince: at('2024-09-18T12:00:00Z'), customName: null },
      'Telco Mobile',
      null,
    ],
    [
      'Orange eSIM activated from 19/09/2024',
      { network: 'orange', simType: 'esim', simSince: at('2024-09-19T07:00:00Z'), customName: null },
      'Orange',
      null,
    ],
    [
      'Bouygues before 15/04/2025',
      { network: 'bouygues', simType: 'pin', simSince: at('2025-04-14T12:00:00Z'), customName: null },
      'Telco Mobile',
      'Mobile',
    ],
    [
      'Bouygues from 15/04/2025',
      { network: 'bouygues', simType: 'pin', simSince: at('2025-04-15T06:00:00Z'), customName: null },
      'Bouygues Tel',
      'Mobile',
    ],
    [
      'a custom name set by the operator (ACT-08)',
      {
        network: 'bouygues',
        simType: 'pin',
        simSince: at('2026-01-01T00:00:00Z'),
        customName: 'TRANSPORTS L',
      },
      'TRANSPORTS L',
      'Mobile',
    ],
  ])('SET-05 network name shown: %s', (_label, facts, name, atPowerOn) => {
    expect(expectedNetworkName(facts)).toEqual({ name, atPowerOn });
  });
});
