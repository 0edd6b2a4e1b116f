import { defineModule } from '../../platform/module.ts';
import { referralChargeItemNames } from './charge-item-names.ts';
import { referralErrors } from './errors.ts';
import { contactCheck, visitCheck } from './refer-customer.ts';
import { referralRoutes } from './routes.ts';
import { contactMissedAlert, referralSent, referralWithdrawn, visitMissedAlert } from './templates.ts';

/**
 * The referral module's manifest (issue 13, seed 001): the installer directory (REF-01), consent
 * (REF-02), referral to the nearest signed installer (REF-03, REF-07) and the installer portal with
 * REF-04's deadlines and quote, REF-09's pre-travel check, REF-05's checklist and REF-06's coupon,
 * whose return puts the discount (and nothing for the installation, REF-08) on the ledger.
 */
export const referralModule = defineModule({
  name: 'referral',
  routes: referralRoutes,
  errors: referralErrors,
  actions: [contactCheck, visitCheck],
  templates: [referralSent, referralWithdrawn, contactMissedAlert, visitMissedAlert],
  chargeItemNames: referralChargeItemNames,
  policies: {
    'referral.read': ['admin', 'supervisor', 'agent'],
    'referral.refer': ['admin', 'supervisor', 'agent'],
    'referral.manage': ['admin', 'supervisor'],
    'referral.settings': ['admin'],
    'referral.portal': ['installer'],
  },
  fieldLabels: {
    company: ['Entreprise', 'Company'],
    contactName: ['Contact', 'Contact'],
    line1: ['Adresse', 'Address'],
    postalCode: ['Code postal', 'Postal code'],
    communeCode: ['Commune', 'Town'],
    charterVersion: ['Version de la charte', 'Charter version'],
    purpose: ['Finalité', 'Purpose'],
    channel: ['Canal', 'Channel'],
    visitDate: ["Date d'intervention", 'Visit date'],
    safetyReason: ['Motif de sécurité', 'Safety reason'],
    decision: ['Réponse au devis', 'Answer to the quote'],
    equipmentReceived: ['Matériel reçu', 'Equipment received'],
    credentialsReceived: ['Identifiants reçus', 'Credentials received'],
    medium: ['Support du bon', 'Coupon medium'],
    files: ['Pièces jointes', 'Attached files'],
    missedVisit: ['Intervention non réalisée', 'Missed visit'],
  },
});
