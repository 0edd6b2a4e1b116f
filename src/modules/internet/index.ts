import { defineModule } from '../../platform/module.ts';
import { BOX_RETURN_DEADLINE, TERMINATE } from './actions.ts';
import { internetErrors } from './errors.ts';
import { internetListRoutes, SubscriptionListItem } from './list-subscriptions.ts';
import { internetRoutes } from './routes.ts';
import { Eligibility, Subscription } from './schemas.ts';
import { terminationConfirmed } from './templates.ts';
import { MOVE, PLAN_CHANGE } from './lifecycle-actions.ts';
import { lifecycleErrors } from './lifecycle-errors.ts';
import { handbookErrors } from './handbook-errors.ts';
import { equipmentErrors } from './equipment-errors.ts';
import { handbookRoutes } from './handbook-routes.ts';
import { MONTHLY_CHARGE } from './charge-period.ts';
import { TECHNICIAN_CHASE, technicianOverdueCustomer } from './technician-chase.ts';
import { lifecycleRoutes } from './lifecycle-routes.ts';
import { Lifecycle } from './lifecycle-schemas.ts';
import {
  moveConfirmed,
  operatorRequest,
  planChangeConfirmed,
  switchNewInstallation,
} from './lifecycle-templates.ts';
import { troubleshootRoutes } from './troubleshoot-routes.ts';
import {
  Outage,
  OperatorContactsView,
  TroubleshootResult,
  TroubleshootVerdict,
} from './troubleshoot-schemas.ts';
import { outageNotice } from './troubleshoot-templates.ts';
import { internetTmfOrders, internetTmfProducts } from './tmf.ts';
import { internetChargeItemNames } from './charge-item-names.ts';

/**
 * Internet subscriptions resold on HOT and Partner (issue 11, seed 000), first slice: the catalog
 * as data, subscriptions with their eligibility, installation, extenders, box swap, Wi-Fi secrets
 * and termination with the box-return deadline.
 */
export const internetModule = defineModule({
  name: 'internet',
  schemas: [
    Subscription,
    Eligibility,
    SubscriptionListItem,
    Lifecycle,
    Outage,
    TroubleshootVerdict,
    TroubleshootResult,
    OperatorContactsView,
  ],
  routes: (app, deps) => {
    internetRoutes(app, deps);
    internetListRoutes(app, deps);
    lifecycleRoutes(app, deps);
    // Issue 11 §3/§4, the handbook's remaining steps: NET-09 Bezeq wait, NET-12 HOT Wi-Fi change.
    handbookRoutes(app, deps);
    // Issue 11 §4: troubleshooting, sector outages, operator contacts.
    troubleshootRoutes(app, deps);
  },
  // Issue 11 §5: the subscriptions in TMF637 products and TMF622 product orders (ids are UUIDs).
  // The ledger names the items this module charges (the customer's charges card).
  chargeItemNames: internetChargeItemNames,
  tmfSources: { 'TMF637 product': internetTmfProducts, 'TMF622 productOrder': internetTmfOrders },
  actions: [TERMINATE, BOX_RETURN_DEADLINE, PLAN_CHANGE, MOVE, MONTHLY_CHARGE, TECHNICIAN_CHASE],
  errors: { ...internetErrors, ...lifecycleErrors, ...handbookErrors, ...equipmentErrors },
  templates: [
    terminationConfirmed,
    planChangeConfirmed,
    moveConfirmed,
    operatorRequest,
    switchNewInstallation,
    outageNotice,
    technicianOverdueCustomer,
  ],
  policies: {
    'internet.read': ['admin', 'supervisor', 'agent'],
    'internet.write': ['admin', 'supervisor', 'agent'],
    // Whom agents call and write at the operators: the tenant's admins edit it.
    'internet.contacts.write': ['admin'],
  },
  fieldLabels: {
    masap: ['Numéro client opérateur (MASAP)', 'Operator customer number (MASAP)'],
    buildingFlats: ['Nombre d’appartements de l’immeuble', 'Flats in the building'],
    planCode: ['Forfait', 'Plan'],
    eligibilityCheckId: ['Vérification d’éligibilité', 'Eligibility check'],
    boxModel: ['Modèle de boîtier', 'Box model'],
    boxSerial: ['Numéro de série du boîtier', 'Box serial number'],
    trackingNumber: ['Numéro de suivi du coursier', 'Courier tracking number'],
    noExistingInstallation: [
      'Immeuble sans installation existante',
      'Building with no existing installation',
    ],
    fibreEligible: ['Éligible à la fibre', 'Eligible for fibre'],
    checkedAt: ['Date de la vérification', 'Checked at'],
    ssid: ['Nom du Wi-Fi (SSID)', 'Wi-Fi name (SSID)'],
    date: ['Date convenue', 'Agreed date'],
    address: ['Adresse', 'Address'],
    downMbps: ['Débit descendant mesuré', 'Measured download speed'],
    upMbps: ['Débit montant mesuré', 'Measured upload speed'],
    attenuationDb: ['Atténuation', 'Attenuation'],
    snrDb: ['Rapport signal/bruit', 'Signal-to-noise ratio'],
    ontRxDbm: ['Puissance optique reçue à l’ONT', 'Optical power received at the ONT'],
    area: ['Secteur', 'Area'],
    delayHours: ['Délai de résolution annoncé (heures)', 'Announced resolution delay (hours)'],
    contactPhone: [
      'Téléphone où le technicien joint le client',
      'Phone where the technician reaches the customer',
    ],
    hotContactName: ['Contact HOT', 'HOT contact'],
    hotContactPhone: ['Téléphone du contact HOT', 'HOT contact phone'],
    partnerGroupName: ['Groupe technique Partner', 'Partner technical group'],
    partnerTechnicalEmail: ['E-mail technique Partner', 'Partner technical e-mail'],
  },
});
