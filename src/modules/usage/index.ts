import { defineErrors, defineModule } from '../../platform/module.ts';
import { usageRoutes } from './routes.ts';
import { dataAlertTemplate } from './templates.ts';
import { dataBlockAction } from './send-data-block.ts';
import { dataRechargeAction } from './apply-recharge.ts';
import { rechargeErrors } from './errors.ts';
import { limitBlockAction } from './send-limit-block.ts';
import { monthCloseKind } from './close-usage-month.ts';
import { limitErrors } from './limit-errors.ts';
import { limitAlertTemplate } from './limit-templates.ts';
import { usageTmfRoutes } from './tmf-routes.ts';
import { usageTmfErrors } from './tmf-errors.ts';
import { TMF635_BASE } from './tmf635.ts';
import { followCutoffChange } from './follow-cutoff-change.ts';
import { smsSuspensionAction } from './send-sms-suspension.ts';

/**
 * Usage (issue 12, first slice): CDR imports counted exactly once, rated by USE-02, monthly
 * counters per line and kind, data alerts at 80/100 % (USE-03) and the data state at the
 * envelope (USE-04), the line's usage card (USE-07).
 */
const errors = defineErrors({
  'usage.bad_header': {
    status: 422,
    fr: {
      title: 'En-tête du fichier CDR incorrect',
      detail: 'La première ligne doit nommer les colonnes du format CDR ; il manque : {columns}.',
    },
    en: {
      title: 'Wrong CDR file header',
      detail: 'The first line must name the CDR format’s columns; missing: {columns}.',
    },
  },
  'usage.file_required': {
    status: 400,
    fr: {
      title: 'Fichier CDR manquant',
      detail: 'Le corps de la requête doit être le fichier CDR lui-même (Content-Type: text/csv), non vide.',
    },
    en: {
      title: 'CDR file missing',
      detail: 'The request body must be the CDR file itself (Content-Type: text/csv), not empty.',
    },
  },
  'usage.month_not_viewable': {
    status: 422,
    fr: {
      title: 'Mois non consultable',
      detail: 'Seuls les 3 derniers mois sont consultables : {months}.',
    },
    en: {
      title: 'Month not viewable',
      detail: 'Only the last 3 months can be viewed: {months}.',
    },
  },
});

export const usageModule = defineModule({
  name: 'usage',
  routes: (app, deps) => {
    usageRoutes(app, deps);
    // TMF635 Usage Management and TMF677 Usage Consumption (tmf-routes.ts).
    usageTmfRoutes(app, deps);
  },
  actions: [dataBlockAction, dataRechargeAction, limitBlockAction, monthCloseKind, smsSuspensionAction],
  errors: { ...errors, ...rechargeErrors, ...limitErrors, ...usageTmfErrors },
  templates: [dataAlertTemplate, limitAlertTemplate],
  // USE-05: a cut-off changed by the lines module (its options card) lifts the zone's block at once.
  listeners: { 'line.option_changed': followCutoffChange },
  policies: {
    'usage.read': ['admin', 'supervisor', 'agent'],
    'usage.import': ['admin', 'supervisor', 'agent'],
    'usage.recharge': ['admin', 'supervisor', 'agent'],
    // USE-09: only the reseller's staff change a cut-off or a threshold (never the end customer).
    'usage.limits': ['admin', 'supervisor', 'agent'],
  },
  // TMF635's hub: a UsageCreateEvent for each record counted through POST …/usage.
  tmfApis: [{ id: 'TMF635', base: TMF635_BASE }],
  fieldLabels: { filename: ['Nom du fichier', 'File name'] },
});
