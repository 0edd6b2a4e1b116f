import { defineErrors } from '../../platform/module.ts';

/**
 * The billing module's error codes: HTTP status and French/English messages (`{name}` placeholders
 * are filled from the error's params).
 */
export const billingErrors = defineErrors({
  'billing.run_not_cancellable': {
    status: 409,
    fr: {
      title: 'Annulation impossible',
      detail: 'La facturation mensuelle est planifiée par Relais lui-même ; elle ne peut pas être annulée.',
    },
    en: {
      title: 'Cannot cancel',
      detail: 'The monthly billing is scheduled by Relais itself; it cannot be cancelled.',
    },
  },
});
