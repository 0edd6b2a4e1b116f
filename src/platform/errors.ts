import type { ModuleErrorCode } from '../modules/index.ts';
import { moduleError } from './module.ts';
/**
 * Domain errors: a stable code, parameters for the message, optional field details. Messages live
 * in src/platform/i18n/messages.ts in French and English; the HTTP status is chosen in one place
 * (httpStatusOf) so that services never think in HTTP.
 */
export const PLATFORM_ERROR_CODES = [
  // generic
  'validation.failed',
  'request.malformed_json',
  'request.too_large',
  'request.unsupported_media_type',
  'resource.not_found',
  'route.not_found',
  'method.not_allowed',
  'conflict.duplicate',
  'conflict.stale_version',
  'precondition.required',
  'idempotency.key_reused',
  'idempotency.key_invalid',
  'internal.error',
  'service.unavailable',
  // auth
  'auth.required',
  'auth.invalid_credentials',
  'auth.tenant_required',
  'auth.account_disabled',
  'auth.forbidden',
  'auth.csrf_invalid',
  'auth.rate_limited',
  'auth.password_change_required',
  'auth.password_too_weak',
  'auth.password_reused',
  'auth.current_password_wrong',
  'auth.token_invalid',
  // users and tenants
  'user.email_taken',
  'user.login_taken',
  'user.cannot_deactivate_self',
  'user.cannot_demote_last_admin',
  'user.customer_required',
  'tenant.logo_invalid',
  'tenant.time_zone_invalid',
  // platform services
  'outbox.not_retryable',
  'action.not_cancellable',
  'action.unknown_kind',
  // charges ledger and monthly billing (issue 3 §6)
  'charges.period_invalid',
  'charges.period_required',
  'charges.export_too_large',
  'billing.run_not_cancellable',
  // mobile catalog (CAT-xx, ACT-03/04, ORD-09)
  'catalog.unknown_item',
  'catalog.price_component_unknown',
  'catalog.price_value_invalid',
  'catalog.price_in_past',
  'catalog.price_to_be_set',
  'catalog.option_wrong_network',
  'catalog.option_wrong_range',
  'catalog.option_blocked_plans_only',
  'catalog.option_needs_data',
  'catalog.option_conflict',
  'catalog.option_handset_activated',
  'catalog.roaming_choice_required',
  'catalog.recharge_not_available',
  'catalog.recharge_same_volume_only',
  'catalog.change_same_offer',
  'catalog.change_network',
  'catalog.change_range',
  'catalog.change_travel_to_classic',
  'catalog.change_to_payg',
  // accounts (ACC-01, ACC-02, ACC-05, CAL-06)
  'account.siret_required',
  'account.siret_not_digits',
  'account.siret_length',
  'account.siret_checksum',
  'account.siret_taken',
  'account.company_type_required',
  'account.company_name_required',
  'account.last_name_required',
  'account.business_field_for_person',
  'account.email_required',
  'account.email_invalid',
  'account.phone_invalid',
  'account.billing_day_invalid',
  'account.contact_name_required',
  'account.address_incomplete',
  'account.postal_code_invalid',
  'account.billing_address_exists',
  // SIM and number stock (SC-06, ORD-07), orders (ORD-01..ORD-09, CAT-11), lines (ORD-05/08)
  'stock.csv_empty',
  'stock.csv_header',
  'stock.csv_too_large',
  'stock.iccid_format',
  'stock.iccid_luhn',
  'stock.network_unknown',
  'stock.sim_type_unknown',
  'stock.puk_invalid',
  'stock.esim_profile_missing',
  'stock.esim_orange_only',
  'stock.duplicate_in_file',
  'stock.number_format',
  'stock.range_reversed',
  'stock.range_too_large',
  'stock.range_length_mismatch',
  'stock.already_in_stock',
  'stock.sim_not_free',
  'stock.sim_not_assigned',
  'stock.range_empty',
  'stock.sim_unknown',
  'order.unit_needs_one_line',
  'order.esim_contact_required',
  'order.esim_mobile_invalid',
  'order.rio_format',
  'order.rio_key',
  'order.port_number_invalid',
  'order.porting_date_required',
  'order.number_choice_required',
  'order.number_choice_not_allowed',
  'order.site_unknown',
  'order.number_not_free',
  'order.no_free_number',
  'order.no_free_sim',
  'order.sim_not_available',
  'order.account_closed',
  'order.networks_mixed',
  'order.esim_not_allowed',
  'order.esim_mobile_is_line',
  'order.porting_date_too_early',
  'order.porting_date_weekend',
  'line.not_esim',
  'line.esim_code_wrong',
  'line.esim_locked',
  'line.terminated',
  'line.not_active',
  'line.already_suspended',
  'line.not_suspended',
  'line.change_pending',
  'line.termination_pending',
  'line.option_not_suspendable',
  'line.option_esim',
  'line.option_roaming_required',
  'line.termination_date_past',
  // Options added or changed in service (ACT-06, ACT-10, CAT-11/12).
  'line.option_esim_add',
  'line.option_recharge',
  'line.option_partner_only',
  'line.option_already_active',
  'line.option_group_taken',
  'line.option_not_roaming',
  'line.option_other_zone',
  'line.option_ended',
  // SIM swap (ACT-07, ACT-09, CAT-11, ORD-07) and custom network name (ACT-08)
  'line.sim_swap_pending',
  'line.sim_swap_esim_orange_only',
  'line.sim_swap_iccid_required',
  'line.sim_swap_contacts_required',
  'line.sim_swap_mobile_is_line',
  'line.sim_swap_sim_wrong_network',
  'line.sim_swap_sim_wrong_type',
  'line.sim_swap_sim_retired',
  'line.sim_swap_sim_unavailable',
  'line.sim_swap_same_sim',
  'line.network_name_empty',
  'line.network_name_too_long',
  'line.network_name_chars',
  'line.network_name_line_active',
  'line.network_name_orange_partners',
  'line.network_name_bouygues_partners',
  'line.network_name_min_sims',
  'line.network_name_pending',
  'line.network_name_not_open',
  // issue 8: security at the edges
  'user.customer_account_not_allowed',
  'user.customer_account_unknown',
  'outbox.recipient_invalid',
  // issue 8: set-password links
  'password_link.invalid',
  // Issue 10: inputs that are checked (phones everywhere, no past activation date).
  'order.activation_date_past',
  // TM Forum APIs (issue 15): TMF630 query conventions and the event hub
  'tmf.filter_unsupported',
  'tmf.filter_too_broad',
  'tmf.callback_invalid',
  'tmf.related_party_required',
] as const;

/** Codes declared here, by the platform and by modules not yet moved to their manifest. */
export type PlatformErrorCode = (typeof PLATFORM_ERROR_CODES)[number];
/** Every code: the platform's, and those each module declares in its manifest (src/modules/index.ts). */
export type ErrorCode = PlatformErrorCode | ModuleErrorCode;

export interface FieldIssue {
  /** JSON pointer into the request, e.g. "/body/email". */
  pointer: string;
  /** Stable code of the issue, e.g. "format", "required", "additionalProperties". */
  code: string;
  /** Message in the request's language. */
  detail: string;
}

export class AppError extends Error {
  constructor(
    public readonly code: ErrorCode,
    public readonly params: Record<string, string | number> = {},
    public readonly issues: FieldIssue[] = [],
    /** Extra headers the HTTP layer should set (Retry-After…). */
    public readonly headers: Record<string, string> = {},
  ) {
    super(code);
    this.name = 'AppError';
  }
}

export function httpStatusOf(code: ErrorCode): number {
  const declared = moduleError(code);
  if (declared) return declared.status;
  return platformStatusOf(code as PlatformErrorCode);
}

function platformStatusOf(code: PlatformErrorCode): number {
  switch (code) {
    case 'validation.failed':
    case 'request.malformed_json':
    case 'auth.password_too_weak':
    case 'auth.password_reused':
    case 'auth.tenant_required':
    case 'tenant.logo_invalid':
    case 'tenant.time_zone_invalid':
    case 'user.customer_required':
    case 'user.customer_account_not_allowed':
    case 'user.customer_account_unknown':
    case 'idempotency.key_invalid':
    case 'account.siret_required':
    case 'account.siret_not_digits':
    case 'account.siret_length':
    case 'account.siret_checksum':
    case 'account.company_type_required':
    case 'account.company_name_required':
    case 'account.last_name_required':
    case 'account.business_field_for_person':
    case 'account.email_required':
    case 'account.email_invalid':
    case 'account.phone_invalid':
    case 'account.billing_day_invalid':
    case 'account.contact_name_required':
    case 'account.address_incomplete':
    case 'account.postal_code_invalid':
      return 400;
    case 'auth.required':
    case 'auth.invalid_credentials':
    case 'auth.token_invalid':
    case 'auth.account_disabled':
      return 401;
    case 'auth.forbidden':
    case 'auth.csrf_invalid':
    case 'auth.password_change_required':
      return 403;
    case 'resource.not_found':
    case 'route.not_found':
      return 404;
    case 'method.not_allowed':
      return 405;
    case 'conflict.duplicate':
    case 'user.email_taken':
    case 'user.login_taken':
    case 'user.cannot_deactivate_self':
    case 'user.cannot_demote_last_admin':
    case 'outbox.not_retryable':
    case 'action.not_cancellable':
    case 'account.siret_taken':
    case 'account.billing_address_exists':
      return 409;
    case 'conflict.stale_version':
      return 412;
    case 'request.too_large':
      return 413;
    case 'request.unsupported_media_type':
      return 415;
    case 'auth.current_password_wrong':
    case 'idempotency.key_reused':
    case 'action.unknown_kind':
      return 422;
    // Charges: a bad or missing period is bad input; an export too large is refused (422); the
    // monthly billing run is not an agent's to cancel (409).
    case 'charges.period_invalid':
    case 'charges.period_required':
      return 400;
    case 'charges.export_too_large':
      return 422;
    case 'billing.run_not_cancellable':
      return 409;
    // Catalog: a request naming something the catalog lacks, or a bad price, is bad input (400);
    // an order or a change the catalog's rules refuse is unprocessable (422).
    case 'catalog.unknown_item':
    case 'catalog.price_component_unknown':
    case 'catalog.price_value_invalid':
    case 'catalog.price_in_past':
      return 400;
    case 'catalog.price_to_be_set':
    case 'catalog.option_wrong_network':
    case 'catalog.option_wrong_range':
    case 'catalog.option_blocked_plans_only':
    case 'catalog.option_needs_data':
    case 'catalog.option_conflict':
    case 'catalog.option_handset_activated':
    case 'catalog.roaming_choice_required':
    case 'catalog.recharge_not_available':
    case 'catalog.recharge_same_volume_only':
    case 'catalog.change_same_offer':
    case 'catalog.change_network':
    case 'catalog.change_range':
    case 'catalog.change_travel_to_classic':
    case 'catalog.change_to_payg':
      return 422;
    // Stock, orders and lines: malformed input is 400; a conflict with the stock's state 409; what
    // the ordering rules refuse 422; an eSIM whose confirmation is locked after 3 tries 423 (ORD-05).
    case 'stock.csv_empty':
    case 'stock.csv_header':
    case 'stock.csv_too_large':
    case 'stock.iccid_format':
    case 'stock.iccid_luhn':
    case 'stock.network_unknown':
    case 'stock.sim_type_unknown':
    case 'stock.puk_invalid':
    case 'stock.esim_profile_missing':
    case 'stock.esim_orange_only':
    case 'stock.duplicate_in_file':
    case 'stock.number_format':
    case 'stock.range_reversed':
    case 'stock.range_too_large':
    case 'stock.range_length_mismatch':
    case 'order.unit_needs_one_line':
    case 'order.esim_contact_required':
    case 'order.esim_mobile_invalid':
    case 'order.rio_format':
    case 'order.rio_key':
    case 'order.port_number_invalid':
    case 'order.porting_date_required':
    case 'order.number_choice_required':
    case 'order.number_choice_not_allowed':
    case 'order.site_unknown':
      return 400;
    case 'stock.already_in_stock':
    case 'stock.sim_not_free':
    case 'stock.sim_not_assigned':
    case 'order.number_not_free':
    case 'order.no_free_number':
    case 'order.no_free_sim':
    case 'order.sim_not_available':
    case 'order.account_closed':
    case 'line.not_esim':
      return 409;
    case 'stock.range_empty':
    case 'stock.sim_unknown':
    case 'order.networks_mixed':
    case 'order.esim_not_allowed':
    case 'order.esim_mobile_is_line':
    case 'order.porting_date_too_early':
    case 'order.porting_date_weekend':
    case 'line.esim_code_wrong':
      return 422;
    case 'line.esim_locked':
      return 423;
    // Line actions (ACT-01..ACT-05): a past date is bad input; the line's state refuses (409); a
    // rule of the catalog refuses (422).
    case 'line.termination_date_past':
    case 'order.activation_date_past':
      return 400;
    case 'line.terminated':
    case 'line.not_active':
    case 'line.already_suspended':
    case 'line.not_suspended':
    case 'line.change_pending':
    case 'line.termination_pending':
      return 409;
    case 'line.option_not_suspendable':
    case 'line.option_esim':
    case 'line.option_roaming_required':
      return 422;
    // Options added or changed (ACT-06, ACT-10): the line's options refuse (409); a rule 422.
    case 'line.option_already_active':
    case 'line.option_group_taken':
    case 'line.option_ended':
      return 409;
    case 'line.option_esim_add':
    case 'line.option_recharge':
    case 'line.option_partner_only':
    case 'line.option_not_roaming':
    case 'line.option_other_zone':
      return 422;
    // SIM swap and network name (ACT-07/08/09): malformed input 400; the line's or the stock's
    // state refuses 409 (ORD-07: a retired SIM never comes back); a rule refuses 422.
    case 'line.sim_swap_iccid_required':
    case 'line.sim_swap_contacts_required':
    case 'line.network_name_empty':
    case 'line.network_name_too_long':
    case 'line.network_name_chars':
      return 400;
    case 'line.sim_swap_pending':
    case 'line.sim_swap_sim_retired':
    case 'line.sim_swap_sim_unavailable':
    case 'line.sim_swap_same_sim':
    case 'line.network_name_pending':
    case 'line.network_name_not_open':
      return 409;
    case 'line.sim_swap_esim_orange_only':
    case 'line.sim_swap_mobile_is_line':
    case 'line.sim_swap_sim_wrong_network':
    case 'line.sim_swap_sim_wrong_type':
    case 'line.network_name_line_active':
    case 'line.network_name_orange_partners':
    case 'line.network_name_bouygues_partners':
    case 'line.network_name_min_sims':
      return 422;
    case 'outbox.recipient_invalid':
      return 422;
    case 'precondition.required':
      return 428;
    case 'auth.rate_limited':
      return 429;
    case 'password_link.invalid':
      return 410;
    case 'service.unavailable':
      return 503;
    case 'internal.error':
      return 500;
    // TM Forum: an unsupported query or a bad listener callback is bad input; a create without the
    // customer Relais needs is unprocessable.
    case 'tmf.filter_unsupported':
    case 'tmf.filter_too_broad':
    case 'tmf.callback_invalid':
      return 400;
    case 'tmf.related_party_required':
      return 422;
  }
}
