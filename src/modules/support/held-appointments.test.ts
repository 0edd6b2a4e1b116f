import { describe, expect, it } from 'vitest';
import { appointmentPlan, type AppointmentRequest } from './tmf-views.ts';

const validFor = { startDateTime: '2027-01-05T08:00:00Z', endDateTime: '2027-01-05T10:00:00Z' };
const ticket = [{ id: '0194d1c2-0000-7000-8000-000000000001', role: 'troubleTicket' }];
const place = { name: '12 rue des Lilas, 75011 Paris' };
const phone = [{ mediumType: 'phone', characteristic: { phoneNumber: '+33612345678' } }];
const full: AppointmentRequest = {
  validFor,
  category: 'on_site',
  relatedEntity: ticket,
  relatedPlace: place,
  contactMedium: phone,
};

describe('issue 15: which TMF646 appointments wait « à compléter »', () => {
  it.each<[string, AppointmentRequest]>([
    ['validFor alone (the standard’s only mandatory attribute)', { validFor }],
    ['no trouble ticket', { ...full, relatedEntity: undefined }],
    ['an empty list of related entities', { ...full, relatedEntity: [] }],
    ['no place', { ...full, relatedPlace: undefined }],
    ['no phone (NET-05: the technician calls first)', { ...full, contactMedium: undefined }],
    ['an empty list of contact media', { ...full, contactMedium: [] }],
    ['no kind of intervention', { ...full, category: undefined }],
    ['a kind Relais does not plan', { ...full, category: 'garden' }],
  ])('%s: held', (_, body) => {
    expect(appointmentPlan(body)).toBeNull();
  });

  it('NET-05 SUP-06 the ticket, kind, place and phones: planned at once, the first party as the referent', () => {
    expect(appointmentPlan({ ...full, relatedParty: [{ name: 'M. Durand' }] })).toEqual({
      ticketId: ticket[0]?.id,
      kind: 'on_site',
      address: place.name,
      phones: ['+33612345678'],
      referent: 'M. Durand',
    });
    expect(appointmentPlan({ ...full, category: 'expertise' })?.kind).toBe('expertise');
  });
});
