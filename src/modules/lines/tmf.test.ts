import { describe, expect, it } from 'vitest';
import type { LineView } from './service.ts';
import { toTmfProduct } from './tmf.ts';

const line: LineView = {
  id: '0190f0a0-0000-7000-8000-000000000001',
  accountId: '0190f0a0-0000-7000-8000-000000000002',
  accountName: 'Transports Lefèvre',
  orderId: '0190f0a0-0000-7000-8000-000000000003',
  orderReference: 'O-000001',
  network: 'orange',
  offer: 'orange-unlimited-5gb-blocked',
  offerName: 'Forfait illimité bloqué Orange 5 Go',
  state: 'in_progress',
  msisdn: '0700000001',
  iccid: '8933010000000000016',
  simType: 'esim',
  userName: 'Paul Durand',
  siteId: null,
  portability: false,
  rio: null,
  activationAt: '2026-11-23T10:00:00.000Z',
  esim: {
    contactEmail: 'p@example.fr',
    contactMobile: '0611223344',
    confirmed: false,
    locked: false,
    triesLeft: 3,
  },
  options: [
    {
      code: 'orange-esim',
      status: 'pending',
      createdAt: '2026-11-23T09:00:00.000Z',
      activatedAt: null,
      endedAt: null,
    },
  ],
  createdAt: '2026-11-23T09:00:00.000Z',
  activatedAt: null,
  terminatedAt: null,
  version: 1,
};

describe('TMF637 product of a line', () => {
  it('maps states to TMF637 statuses and carries number, SIM and options as characteristics', () => {
    const p = toTmfProduct(line);
    expect(p.status).toBe('pendingActive');
    expect(toTmfProduct({ ...line, state: 'active' }).status).toBe('active');
    expect(toTmfProduct({ ...line, state: 'cancelled' }).status).toBe('cancelled');
    expect(p.productSerialNumber).toBe(line.iccid);
    expect(p.productCharacteristic).toContainEqual({
      name: 'msisdn',
      valueType: 'string',
      value: '0700000001',
    });
    expect(p.productCharacteristic).toContainEqual({
      name: 'option:orange-esim',
      valueType: 'string',
      value: 'pending',
    });
    expect(p.relatedParty[0]).toMatchObject({ id: line.accountId, role: 'customer' });
  });
});
