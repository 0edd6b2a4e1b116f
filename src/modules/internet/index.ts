import { defineModule } from '../../platform/module.ts';
import { BOX_RETURN_DEADLINE, TERMINATE } from './actions.ts';
import { internetErrors } from './errors.ts';
import { internetListRoutes, SubscriptionListItem } from './list-subscriptions.ts';
import { internetRoutes } from './routes.ts';
import { Eligibility, Subscription } from './schemas.ts';
import { terminationConfirmed } from './templates.ts';

/**
 * Internet subscriptions resold on HOT and Partner (issue 11, seed 000), first slice: the catalog
 * as data, subscriptions with their eligibility, installation, extenders, box swap, Wi-Fi secrets
 * and termination with the box-return deadline.
 */
export const internetModule = defineModule({
  name: 'internet',
  schemas: [Subscription, Eligibility, SubscriptionListItem],
  routes: (app, deps) => {
    internetRoutes(app, deps);
    internetListRoutes(app, deps);
  },
  actions: [TERMINATE, BOX_RETURN_DEADLINE],
  errors: internetErrors,
  templates: [terminationConfirmed],
  policies: {
    'internet.read': ['admin', 'supervisor', 'agent'],
    'internet.write': ['admin', 'supervisor', 'agent'],
  },
  fieldLabels: {
    masap: ['Numéro client opérateur (MASAP)', 'Operator customer number (MASAP)'],
    buildingFlats: ['Nombre d’appartements de l’immeuble', 'Flats in the building'],
    planCode: ['Forfait', 'Plan'],
    eligibilityCheckId: ['Vérification d’éligibilité', 'Eligibility check'],
    boxModel: ['Modèle de boîtier', 'Box model'],
    boxSerial: ['Numéro de série du boîtier', 'Box serial number'],
    noExistingInstallation: [
      'Immeuble sans installation existante',
      'Building with no existing installation',
    ],
    fibreEligible: ['Éligible à la fibre', 'Eligible for fibre'],
    checkedAt: ['Date de la vérification', 'Checked at'],
    ssid: ['Nom du Wi-Fi (SSID)', 'Wi-Fi name (SSID)'],
  },
});
