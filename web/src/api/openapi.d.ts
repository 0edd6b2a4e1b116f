/**
 * Generated from docs/openapi.json by scripts/openapi-types.ts (`npm run openapi`): do not edit.
 */
export interface paths {
  '/api/session': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signed-in user, tenant and CSRF token */
    get: operations['getSession'];
    put?: never;
    /** Sign in */
    post: operations['signIn'];
    /** Sign out */
    delete: operations['signOut'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/session/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Change my password */
    post: operations['changeOwnPassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/tenant': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The caller's tenant (reseller) settings */
    get: operations['getTenant'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change tenant settings (If-Match required) */
    patch: operations['updateTenant'];
    trace?: never;
  };
  '/api/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List users */
    get: operations['listUsers'];
    put?: never;
    /** Create a user (they get an e-mail with a single-use link to choose their password) */
    post: operations['createUser'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a user */
    get: operations['getUser'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a user (If-Match required) */
    patch: operations['updateUser'];
    trace?: never;
  };
  '/api/users/{id}/password-reset': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Reset a password: the old one stops working, the user is signed out everywhere and e-mailed a single-use link to choose a new one */
    post: operations['resetUserPassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/password-links/check': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Whose account a set-password link opens, and until when (410 when unusable) */
    post: operations['checkPasswordLink'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/password-links/use': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Choose a password with a set-password link (single use); then sign in */
    post: operations['usePasswordLink'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/tokens': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List API tokens (secrets are never shown again) */
    get: operations['listTokens'];
    put?: never;
    /** Create an API token (the secret is in this response only) */
    post: operations['createToken'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/tokens/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Revoke an API token */
    delete: operations['deleteToken'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit-events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The audit log: who changed what, when, before and after (secrets masked) */
    get: operations['listAuditEvents'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/outbox': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Notifications waiting, sent (SMTP or local mailbox) or failed, newest first */
    get: operations['listOutboxMessages'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/outbox/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One message with its body */
    get: operations['getOutboxMessage'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/outbox/{id}/retry': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Queue a failed message again */
    post: operations['retryOutboxMessage'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tmf-api/communicationManagement/v4/communicationMessage': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** TMF681 v4: the e-mails and SMS Relais sent or will send (TMF630 fields, paging, filters) */
    get: operations['listCommunicationMessage'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tmf-api/communicationManagement/v4/communicationMessage/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** TMF681 v4: one message (without its content) */
    get: operations['retrieveCommunicationMessage'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/pending-actions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Effective-dated actions (plan changes, terminations…), in the order they take effect */
    get: operations['listPendingActions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/pending-actions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One pending action */
    get: operations['getPendingAction'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/pending-actions/{id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Cancel a scheduled action before it takes effect */
    post: operations['cancelPendingAction'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/accounts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List and search customer accounts */
    get: operations['listAccounts'];
    put?: never;
    /** Create a customer account (ACC-01 SIRET, ACC-02 phones, ACC-05 e-mail, CAL-06 Billing Day) */
    post: operations['createAccount'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/accounts/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A customer account with its contacts and addresses */
    get: operations['getAccount'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a customer account (If-Match required); status closed/active closes or reopens it */
    patch: operations['updateAccount'];
    trace?: never;
  };
  '/api/accounts/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The account's audit history (account, contacts, addresses), newest first */
    get: operations['getAccountHistory'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/accounts/{id}/contacts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add a contact (phones validated and stored in E.164, ACC-02) */
    post: operations['createAccountContact'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/accounts/{id}/contacts/{contactId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove a contact */
    delete: operations['deleteAccountContact'];
    options?: never;
    head?: never;
    /** Change a contact (If-Match required) */
    patch: operations['updateAccountContact'];
    trace?: never;
  };
  '/api/accounts/{id}/addresses': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add a billing (one per account) or site address */
    post: operations['createAccountAddress'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/accounts/{id}/addresses/{addressId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove an address */
    delete: operations['deleteAccountAddress'];
    options?: never;
    head?: never;
    /** Change an address (If-Match required) */
    patch: operations['updateAccountAddress'];
    trace?: never;
  };
  '/tmf-api/customerManagement/v4/customer': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** TMF629 v4: list customers (TMF630 fields, offset/limit, attribute filters) */
    get: operations['listCustomer'];
    put?: never;
    /** TMF629 v4: create a customer account; engagedParty (Organization or Individual) and name, the e-mail (ACC-05) as contactMedium, SIRET and legal form (ACC-01) or the Israeli ID number as characteristics */
    post: operations['createCustomer'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tmf-api/customerManagement/v4/customer/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** TMF629 v4: one customer */
    get: operations['retrieveCustomer'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** TMF629 v4: change status, e-mail, phone, billingDay or siret (JSON or application/merge-patch+json) */
    patch: operations['patchCustomer'];
    trace?: never;
  };
  '/api/accounts/held': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** TMF629 customers received without what an account needs (e-mail…), to complete (newest first) */
    get: operations['listHeldCustomers'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/accounts/held/{id}/reject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Reject a received customer to complete (TMF629 status Rejected) */
    post: operations['rejectHeldCustomer'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/accounts/held/{id}/account': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create the account of a received customer from the customer form and release the received customer with it, in one transaction */
    post: operations['completeHeldCustomer'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/accounts/held/{id}/release': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mark a received customer as completed by the account created for it (TMF629 reads that account) */
    post: operations['releaseHeldCustomer'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/catalog/offers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List the mobile offers of the catalog in effect, with their current prices */
    get: operations['listCatalogOffers'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/catalog/offers/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An offer with its facts, current price and the options it allows */
    get: operations['getCatalogOffer'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/catalog/options': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List the options (eSIM, fixed IP, roaming, cut-offs, services, recharges) */
    get: operations['listCatalogOptions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/catalog/options/{id}/fixed-ip-access': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** How a line with this fixed-IP option reaches the Internet (CAT-20: login, IPsec note) */
    get: operations['getCatalogOptionFixedIpAccess'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/catalog/prices': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Set a price for this reseller as a new version applying from a date (admin) */
    post: operations['createCatalogPrice'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tmf-api/productCatalogManagement/v4/productOffering': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** TMF620 productOffering list (TMF630 fields, offset/limit, attribute filters) */
    get: operations['listProductOffering'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tmf-api/productCatalogManagement/v4/productOffering/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** TMF620 productOffering by id */
    get: operations['retrieveProductOffering'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/stock/sims/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Import SIMs and eSIM profiles from CSV (iccid;reseau;type[;puk;smdp;matching_id]); Luhn-checked, all or nothing */
    post: operations['importSims'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/stock/numbers/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Import 10-digit number ranges from CSV (reseau;premier;dernier), all or nothing (ORD-07) */
    post: operations['importNumbers'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/stock/summary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Counts of SIMs (per type) and numbers per network and state */
    get: operations['getStockSummary'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/stock/sims': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** SIMs in stock, by ICCID */
    get: operations['listStockSims'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/stock/numbers/free': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Free numbers of a network (the reseller picks one for a Bouygues data-only line, CAT-07) */
    get: operations['listFreeNumbers'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/stock/sims/assign': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** SC-06: assign SIMs to a customer, one (iccid) or a range (first ≤ last, ascending) */
    post: operations['assignSims'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/stock/sims/release': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** SC-06: release assigned SIMs, one (iccid) or a range (first ≤ last, ascending) */
    post: operations['releaseSims'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/lines': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Mobile lines (filter by account, state, network, offer; q = MSISDN, ICCID or user name). Past 10,000 matches (1,000 for a search by user name) the total stops counting: totalCapped is then true */
    get: operations['listLines'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/lines/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One line: MSISDN, ICCID, offer, options (ACT-10), user, site, state */
    get: operations['getLine'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/lines/{id}/technical-info': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Technical information of a line: APN (SET-03), fixed IP or partner platform access (CAT-20), network name shown (SET-05); no secret */
    get: operations['getLineTechnicalInfo'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/lines/{id}/secrets': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** ORD-08, CAT-20: reveal the PUK1, the eSIM confirmation code and the fixed-IP password (an audited, explicit request) */
    post: operations['revealLineSecrets'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/lines/{id}/esim': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** ORD-05: the eSIM activation code LPA:1$<SM-DP+>$<matching ID>$$1 and its parts */
    get: operations['getLineEsim'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/lines/{id}/esim/qr.png': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** ORD-05: the eSIM activation code as a QR code (PNG) */
    get: operations['getLineEsimQrCode'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/lines/{id}/esim/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** ORD-05: check the 6-digit confirmation code; locked after 3 wrong tries */
    post: operations['confirmLineEsim'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/lines/{id}/esim/resend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** ORD-05: re-send the eSIM activation details to a given e-mail (and mobile, for the code SMS) */
    post: operations['resendLineEsim'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/lines/{id}/actions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every action on the line: allowed, or refused with its reason (French by default), and when it takes effect */
    get: operations['listLineActions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/lines/{id}/suspension': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** ACT-01: suspend the line at once (the plan is still billed) */
    post: operations['suspendLine'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/lines/{id}/reactivation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** ACT-01: reactivate a suspended line at once */
    post: operations['reactivateLine'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/lines/{id}/plan-change': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** ACT-03/ACT-04: upgrade, downgrade or blocked↔unblocked migration on the 1st of next month (CAL-05) */
    post: operations['changeLinePlan'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/lines/{id}/options/{optionId}/termination': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** ACT-05: terminate an option (Orange: the 1st of next month; Bouygues: at once); ACT-02 never suspended */
    post: operations['terminateLineOption'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/lines/{id}/options': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** ACT-10: add a catalog option to the line at once (CAT-01: one-off fee in full, monthly price pro rata for the rest of the month) */
    post: operations['addLineOption'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/lines/{id}/options/{optionId}/replacement': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** ACT-06: replace a roaming choice of a zone by another at once (Orange: both options billed for the month; the envelope is the new one) */
    post: operations['replaceLineOption'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/lines/{id}/termination': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Terminate the line at once or at a chosen date (Reading 7: the started month is billed in full; ORD-07: SIM and number retired) */
    post: operations['terminateLine'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/lines/{id}/sim-actions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** ACT-07/ACT-08: each SIM swap and the custom network name, allowed or refused with the reason (French by default), when, and their history */
    get: operations['listLineSimActions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/lines/{id}/sim-swap': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** ACT-07: swap the SIM (physical or eSIM, either way; eSIM on Orange only, CAT-11; ACT-09 contacts for an eSIM); at once in opening hours, else at the next opening (ORD-03) */
    post: operations['swapLineSim'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/lines/{id}/network-name': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** ACT-08: request a custom network name (13 characters at most, spaces included); Orange: Init Sys/Rezocean partners, 1000 SIMs, not on active lines, ~2 weeks; Bouygues: Init Sys partners, ~4 weeks */
    post: operations['requestLineNetworkName'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/lines/{id}/network-name/{requestId}/done': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** ACT-08: the operator set the network name */
    post: operations['completeLineNetworkName'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/lines/{id}/network-name/{requestId}/cancellation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** ACT-08: withdraw a network name request */
    post: operations['cancelLineNetworkName'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tmf-api/productInventory/v4/product': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** TMF637 v4: list products (mobile lines, then internet subscriptions; TMF630 fields, offset/limit, attribute filters) */
    get: operations['listProduct'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tmf-api/productInventory/v4/product/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** TMF637 v4: one product (mobile line or internet subscription) */
    get: operations['retrieveProduct'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/orders/held': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** TMF622 orders received without a customer or an offer, to complete (newest first) */
    get: operations['listHeldOrders'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/orders/held/{id}/reject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Reject a received order to complete (TMF622 state rejected) */
    post: operations['rejectHeldOrder'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/orders/held/{id}/order': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create the order of a received order from the new-order form and release the received order with it, in one transaction */
    post: operations['completeHeldOrder'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/orders/held/{id}/release': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mark a received order as completed by the order created for it */
    post: operations['releaseHeldOrder'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/orders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Orders, newest first (filter by account, state) */
    get: operations['listOrders'];
    put?: never;
    /** ORD-01..ORD-09: order one (unit) or many (multiple) lines; queued to the network’s next opening (ORD-03) */
    post: operations['createOrder'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/orders/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One order with its lines */
    get: operations['getOrder'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/charges': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The charges ledger of an account: one-off fees, first month pro rata, monthly charges (CAT-01, CAT-11, Reading 7) */
    get: operations['listCharges'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tmf-api/productOrderingManagement/v4/productOrder': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** TMF622 v4: list product orders (mobile orders, then internet subscription orders; TMF630 fields, offset/limit, attribute filters) */
    get: operations['listProductOrder'];
    put?: never;
    /** TMF622 v4: create a product order (one productOrderItem per line, action "add"); without a customer or an offer it is held, to be completed by an agent */
    post: operations['createProductOrder'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tmf-api/productOrderingManagement/v4/productOrder/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** TMF622 v4: one product order (mobile order or internet subscription order) */
    get: operations['retrieveProductOrder'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** TMF622 v4: change description or priority, or cancel (state "cancelled") an order waiting for the opening; JSON or application/merge-patch+json */
    patch: operations['patchProductOrder'];
    trace?: never;
  };
  '/api/support/notice': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** SUP-01: the customer-side checks of a service and the minimum wrongful-intervention charge */
    get: operations['getSupportNotice'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/support/tariff': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** SUP-04: the tenant's wrongful-intervention tariff (€ HT), with the quote-based lines */
    get: operations['getSupportTariff'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/support/operators': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The tenant's operators: address, services and the escalation template each receives */
    get: operations['listSupportOperators'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/incidents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List incidents (filters: state, priority, service, customer, SLA risk, operator) */
    get: operations['listIncidents'];
    put?: never;
    /** Declare an incident for a customer and a service (CS-01 channel) */
    post: operations['createIncident'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/incidents/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An incident with its timeline, charges and the actions allowed now */
    get: operations['getIncident'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** SUP-02 required information and priority (If-Match required) */
    patch: operations['updateIncident'];
    trace?: never;
  };
  '/api/incidents/{id}/attach': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Attach an incident « à rattacher » (TM Forum ticket sent without a customer) to a customer, and its service if it had none; never changed after */
    post: operations['attachIncident'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/incidents/{id}/contacts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** CS-01: a contact on any channel */
    post: operations['addIncidentContact'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/incidents/{id}/checks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** SUP-02: the customer's written confirmation of a check (who, when, channel, text) */
    post: operations['recordIncidentCheck'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/incidents/{id}/transitions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Move the incident (guarded: SUP-02 before the operator, consent before an intervention…) */
    post: operations['transitionIncident'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/incidents/{id}/consents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** SUP-03: the customer's written consent to an on-site intervention (immutable) */
    post: operations['recordIncidentConsent'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/incidents/{id}/interventions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** SUP-03, NET-05: plan an intervention as an appointment (consent required); SAV+ is charged 185 € HT */
    post: operations['requestIncidentIntervention'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/incidents/{id}/interventions/{interventionId}/qualification': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** SUP-04..SUP-06: qualify an intervention's outcome against the tariff */
    post: operations['qualifyIncidentIntervention'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/incidents/{id}/interventions/{interventionId}/cancellation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** SUP-09: cancel an appointment (a SAV+ slot within 48 business hours costs 95 € HT) */
    post: operations['cancelIncidentIntervention'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/incidents/{id}/interventions/{interventionId}/sav-plus-steps': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** SUP-08: a SAV+ point (site tests, then main frame, sub-frame, concentration point, second visit) with its speed */
    post: operations['recordSavPlusStep'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/incidents/{id}/interventions/{interventionId}/operator-reminder': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** NET-05: an appointment past its slot without outcome: e-mail the operator and inform the customer */
    post: operations['remindOperatorOfIntervention'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/incidents/{id}/charges/{chargeId}/contest': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** SUP-07: contest a charge within 2 working days of its notification */
    post: operations['contestIncidentCharge'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/incidents/{id}/charges/{chargeId}/acceptance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** SUP-04: the customer accepted a quote-based charge: it becomes due and is e-mailed (SUP-05) */
    post: operations['acceptIncidentCharge'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/incidents/{id}/interventions/{interventionId}/reschedule': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** NET-05: move an appointment; a SAV+ one cannot be moved, only cancelled (SUP-09, 409) */
    post: operations['rescheduleIncidentIntervention'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/incidents/{id}/consents/{consentId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** SUP-03: a consent is immutable; any change is refused (409 support.consent_immutable) */
    patch: operations['updateIncidentConsent'];
    trace?: never;
  };
  '/api/incidents/{id}/interventions/{interventionId}/calendar.ics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** NET-05: the appointment as an iCalendar file (text/calendar) */
    get: operations['getInterventionCalendar'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tmf-api/troubleTicket/v4/troubleTicket': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** TMF621 v4: list trouble tickets (TMF630 fields, offset/limit, attribute filters) */
    get: operations['listTroubleTicket'];
    put?: never;
    /** TMF621 v4: create a trouble ticket; description, severity and ticketType suffice (without a customer in relatedParty it waits « à rattacher » for an agent); service as relatedEntity role "service" */
    post: operations['createTroubleTicket'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tmf-api/troubleTicket/v4/troubleTicket/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** TMF621 v4: one trouble ticket */
    get: operations['retrieveTroubleTicket'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** TMF621 v4: change status (guarded like the desk), priority or severity; JSON or application/merge-patch+json */
    patch: operations['patchTroubleTicket'];
    trace?: never;
  };
  '/tmf-api/appointment/v4/appointment': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** TMF646 v4: list appointments (interventions; TMF630 fields, offset/limit, attribute filters) */
    get: operations['listAppointment'];
    put?: never;
    /** TMF646 v4: create an appointment; validFor suffices (without its trouble ticket in relatedEntity, relatedPlace, contactMedium and category it waits « à compléter » for an agent); with them, an intervention on that ticket (SUP-03 consent required) */
    post: operations['createAppointment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tmf-api/appointment/v4/appointment/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** TMF646 v4: one appointment */
    get: operations['retrieveAppointment'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/appointments/held': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** TMF646 appointments received without their ticket, place, phone or kind, to complete (newest first) */
    get: operations['listHeldAppointments'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/appointments/held/{id}/reject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Reject a received appointment to complete (TMF646 status cancelled) */
    post: operations['rejectHeldAppointment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/appointments/held/{id}/complete': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Plan a received appointment on an incident (SUP-03 consent required), under its own id (TMF646 status confirmed) */
    post: operations['completeHeldAppointment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/charges.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Issue 3 §6: the charges ledger as CSV (an account, or every account over from–to). RFC 4180, UTF-8 with BOM; French (Accept-Language or lang=fr): ";" and decimal comma; English: "," and decimal point; formula-like cells neutralised */
    get: operations['exportChargesCsv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/charges/totals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The sum of the charges of an account (or of every account over from–to), per currency */
    get: operations['getChargeTotals'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/lines/{id}/recharges': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** USE-06: the recharges a line’s plan takes, its recharges of the current month, and whether one was ordered within 30 minutes */
    get: operations['getLineRecharges'];
    put?: never;
    /** USE-06: order a data recharge on a line (applied by the operator within 30 minutes, this month only, lifts a data block, charged at the catalog price); 409 usage.recharge_recent within 30 minutes of another unless confirmDuplicate */
    post: operations['orderLineRecharge'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/lines/{id}/usage/data-chart': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** USE-07: a line’s in-plan data per day of one of the 3 viewable months, cumulative, and its envelope */
    get: operations['getLineDataChart'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/usage/lines': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** USE-07: the lines nearest to or over their data envelope this month (share used, data, envelope, plan, account, data state), fullest first */
    get: operations['listLinesNearEnvelope'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/usage/imports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List past CDR imports with their figures, newest first */
    get: operations['listUsageImports'];
    put?: never;
    /** Import a CDR file (text/csv, docs/usage.md), streamed: each record counted once (deduplicated on the operator’s record id), rated, added to the month’s counters, in batches whose progress GET /api/usage/imports shows while it runs; malformed rows and unknown numbers listed with their line number. Larger than RELAIS_USAGE_UPLOAD_LIMIT (1 GiB by default): 413 */
    post: operations['importUsage'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/usage/imports/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a CDR import: its figures and its rejected rows (line number and reason) */
    get: operations['getUsageImport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/usage/imports/{id}/rejects.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A CDR import’s rejected rows as CSV (line number, reason in words, row as received), every one of them. UTF-8 with BOM; French (Accept-Language or lang=fr): ";", English: ","; formula-like cells neutralised */
    get: operations['exportUsageImportRejectsCsv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/lines/{id}/usage': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** USE-07: a line’s usage for one of the 3 viewable months: totals per kind, data envelope, alerts, data state and the journal (called numbers masked) */
    get: operations['getLineUsage'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/lines/{id}/usage-limits': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** USE-05, CAT-09: a line’s roaming cut-offs per zone and its data threshold, with this month’s consumption, alerts and blocks */
    get: operations['getLineUsageLimits'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/lines/{id}/roaming-cutoffs/{zone}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** USE-05, USE-08, USE-09: change a roaming zone’s cut-off on an active line (an option change, at once); the zone’s block is lifted at once */
    put: operations['setRoamingCutoff'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/lines/{id}/data-threshold': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** CAT-09: set a data pay-as-you-go line’s data threshold (1 to 100 GB); data stops when it is reached, a change lifts the block at once */
    put: operations['setDataThreshold'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tmf-api/usageManagement/v4/usage': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** TMF635 v4: the usage records kept (the current month and the 2 before; older ones are purged), newest first (TMF630 fields, paging, filters) */
    get: operations['listUsage'];
    put?: never;
    /** TMF635 v4: one usage record, counted like a row of a CDR file (docs/usage.md): 201 when counted, 200 with the stored record when its recordId was counted already (nothing changes); 422 naming the attribute otherwise */
    post: operations['createUsage'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tmf-api/usageManagement/v4/usage/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** TMF635 v4: one usage record, by the operator’s record id */
    get: operations['retrieveUsage'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tmf-api/usageConsumption/v4/queryUsageConsumption': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** TMF677 v4: a line’s consumption of a month as buckets (data envelope used, remaining and recharged; calls; SMS/MMS; SVA; roaming cut-offs and pay-as-you-go threshold), the line named by its number (searchCriteria.logicalResource.id) or its TMF637 product (searchCriteria.product.id) */
    post: operations['createQueryUsageConsumption'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tmf-api/usageConsumption/v4/queryUsageConsumption/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** TMF677 v4: a consumption query, answered again with the counters of the moment */
    get: operations['retrieveQueryUsageConsumption'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/referral/geocode': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The communes of a French postal code, offline (La Poste base), and whether each is located */
    get: operations['referralGeocode'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/referral/installers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** REF-01: the installer directory */
    get: operations['listReferralInstallers'];
    put?: never;
    /** REF-01: adds an installer (address geocoded offline) and its installer user (set-password link) */
    post: operations['addReferralInstaller'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/referral/installers/{id}/charter': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** REF-01: records the installer’s acceptance of the quality charter (version, instant, who) */
    post: operations['recordInstallerCharter'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/referral/installers/{id}/active': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** REF-01: activates or deactivates an installer (an inactive one receives no referral) */
    post: operations['setReferralInstallerActive'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/referral/accounts/{accountId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A customer’s referral card: consent in force, consents, referrals with their deadlines */
    get: operations['getAccountReferrals'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/referral/accounts/{accountId}/consents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** REF-02: records the customer’s consent to share their details with an installer */
    post: operations['recordReferralConsent'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/referral/consents/{id}/withdrawal': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** REF-02: the customer withdraws consent: no further sharing, open referrals closed, installers told */
    post: operations['withdrawReferralConsent'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/referral/accounts/{accountId}/referrals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** REF-03, REF-07: refers a consenting customer to the nearest signed, active installer by e-mail */
    post: operations['referCustomer'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/referral/referrals/{id}/reassign': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** REF-04: reassigns a late referral (48 h contact or visit missed) to the next nearest signed installer with consent in force */
    post: operations['reassignLateReferral'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/referral/settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The tenant’s referral settings (what a missed visit or 48 h contact does) */
    get: operations['getReferralSettings'];
    /** Chooses what a missed visit or 48 h contact does: offer the reassignment (default) or perform it */
    put: operations['updateReferralSettings'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/referral/portal': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Installer portal: the signed-in installer and its own referrals with their deadlines */
    get: operations['getInstallerPortal'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/referral/portal/referrals/{id}/contact': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** REF-04: the installer records that it called the customer (within 48 h of the referral e-mail) */
    post: operations['recordReferralContact'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/referral/portal/referrals/{id}/visit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** REF-04: the installer books the visit (day 15 to 20, unless safety conditions are not met) */
    post: operations['bookReferralVisit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/referral/portal/referrals/{id}/checklist': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** REF-05: the installer records the packaged installation’s checklist at the visit */
    post: operations['completeReferralChecklist'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/referral/portal/referrals/{id}/quote': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** REF-04: the installer records whether the customer accepted or refused the quote */
    post: operations['decideReferralQuote'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/referral/portal/referrals/{id}/pretravel-check': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** REF-09: before travelling, the customer has received the equipment and the login credentials */
    post: operations['recordReferralPretravelCheck'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/referral/portal/referrals/{id}/coupon': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** REF-06: the installer issues the 100 € discount coupon (printed, or on paper) after the installation */
    post: operations['issueReferralCoupon'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/referral/coupons/{id}/return': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** REF-06, REF-08: records the filled coupon returned with the internet and installation invoices, then credits the 100 € discount */
    post: operations['recordReferralCouponReturn'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/referral/coupons/{id}/files/{fileId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** REF-06: one returned file (coupon or invoice copy), as it was received */
    get: operations['getReferralCouponFile'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/referral/map': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Issue 13 §7: the installers (REF-01 signed and active or not) and the open referrals, located */
    get: operations['getReferralMap'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/referral/installer-figures': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Issue 13 §7: per installer, referrals, hours to contact (REF-04 48 h), visits in the day 15–20 window, coupons (REF-06) */
    get: operations['getReferralInstallerFigures'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/internet/catalog': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The HOT and Partner internet catalog in effect: plans, box models with their LEDs, services, fees */
    get: operations['getInternetCatalog'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/internet/eligibility-checks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The fibre-eligibility checks of a customer account, newest first */
    get: operations['listInternetEligibilityChecks'];
    put?: never;
    /** NET-02/NET-13: asks the operator whether an installation address is eligible for fibre */
    post: operations['checkInternetEligibility'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/internet/eligibility-checks/manual': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Records a fibre-eligibility check an agent made on the operator’s own site (counts as eligibility) */
    post: operations['recordManualEligibilityCheck'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/internet/subscriptions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The internet subscriptions of a customer account, with their actions */
    get: operations['listInternetSubscriptions'];
    put?: never;
    /** Orders a new internet subscription (new installation) on a customer account */
    post: operations['createInternetSubscription'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/internet/subscriptions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An internet subscription with its state and its actions (dates, fees, refusals) */
    get: operations['getInternetSubscription'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/internet/subscriptions/{id}/installation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Books the installation (NET-15); no slot in a building with no existing installation (NET-16) */
    post: operations['bookInternetInstallation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/internet/subscriptions/{id}/activation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Records the installation done: the box model and serial; charges the installation fee (NET-09) */
    post: operations['activateInternetSubscription'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/internet/subscriptions/{id}/extenders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** NET-04: adds a Wi-Fi extender, delivered by courier in 2–3 Israeli business days */
    post: operations['addInternetExtender'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/internet/subscriptions/{id}/extender-deliveries/{deliveryId}/tracking': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** NET-04: records the courier’s tracking number of an extender’s delivery (and corrects the phone the courier calls) */
    post: operations['recordInternetExtenderTracking'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/internet/subscriptions/{id}/box-swap': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** NET-10: records the operator’s box replacement (the new model and serial); the old box is due back within 30 days, else 250 ₪ */
    post: operations['swapInternetBox'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/internet/subscriptions/{id}/box-swaps/{swapId}/return': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** NET-10: records that the old box of a replacement was returned (no 250 ₪ fee) */
    post: operations['recordInternetOldBoxReturn'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/internet/subscriptions/{id}/termination': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** NET-06: terminates at the Billing Day, e-mails the confirmation, schedules the box-return deadline */
    post: operations['terminateInternetSubscription'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/internet/subscriptions/{id}/box-return': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** NET-06: records that the box and its cable were returned (no 250 ₪ fee) */
    post: operations['recordInternetBoxReturn'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/internet/subscriptions/{id}/wifi': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** ACC-04/NET-12: stores the Wi-Fi name and password, encrypted (Partner at once; HOT once HOT has made the change) */
    put: operations['setInternetWifi'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/internet/subscriptions/{id}/wifi/reveal': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** ACC-04: shows the Wi-Fi name and password (audited) */
    post: operations['revealInternetWifi'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/internet/subscription-list': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every internet subscription of the tenant, newest first; q searches reference, MASAP, address, box serial, customer */
    get: operations['getInternetSubscriptionList'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/internet/subscriptions/{id}/lifecycle': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The lifecycle actions of an internet subscription (plan change, move, fixed IP, reactivation, switch) with their dates and refusals */
    get: operations['getInternetLifecycle'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/internet/subscriptions/{id}/plan-change': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** NET-02: changes the plan at the next Billing Day; fibre only after an eligibility check */
    post: operations['changeInternetPlan'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/internet/subscriptions/{id}/move': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** NET-08/NET-18: a move on the agreed date (same box), or with another plan a new installation plus termination at the Billing Day */
    post: operations['moveInternetSubscription'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/internet/subscriptions/{id}/fixed-ip': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** NET-03/NET-19: HOT’s DNS name added at once; Partner’s fixed IP requested, pending its confirmation */
    post: operations['requestInternetFixedIp'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/internet/subscriptions/{id}/reactivation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** NET-06: asks the operator’s termination contact by e-mail to cancel a recent or pending termination */
    post: operations['requestInternetReactivation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/internet/subscriptions/{id}/provider-switch': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** NET-07: terminates at the Billing Day and orders the other operator’s subscription */
    post: operations['switchInternetProvider'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/internet/changes/{id}/confirmation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Records the operator’s confirmation of a pending request (Partner fixed IP, reactivation) */
    post: operations['confirmInternetChange'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/internet/subscriptions/{id}/bezeq-report': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** NET-09: the installer found Partner’s fibre on a Bezeq infrastructure not ready: reported, the installation waits for Bezeq */
    post: operations['reportInternetBezeqNotReady'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/internet/subscriptions/{id}/installation/reschedule': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** NET-09: Bezeq resolved it: the installation is booked again on a new slot */
    post: operations['rescheduleInternetInstallation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/internet/subscriptions/{id}/wifi/confirmation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** NET-12: HOT has made the Wi-Fi change handed to it: the new values become the subscription’s */
    post: operations['confirmInternetWifiChange'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/internet/subscriptions/{id}/troubleshooting/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** NET-01/NET-10/NET-21/SET-07/SET-08: the diagnosis of the LEDs read and the flow’s next step (nothing is written) */
    post: operations['previewInternetTroubleshooting'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/internet/subscriptions/{id}/troubleshooting': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The troubleshooting passes of a subscription, newest first */
    get: operations['listInternetTroubleshooting'];
    put?: never;
    /** Records a pass of the guided flow: opens or updates the support incident, escalates (HOT call sheet, Partner Hebrew e-mail) when the rules say so */
    post: operations['recordInternetTroubleshooting'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/internet/outages': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** SET-08: the sector outages not yet past their announced resolution */
    get: operations['listInternetOutages'];
    put?: never;
    /** SET-08: records a sector outage once with the operator’s resolution delay; links the affected customers’ incidents and tells them */
    post: operations['recordInternetOutage'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/internet/operator-contacts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Whom agents call at HOT and write to at Partner (seed 000’s values until edited) */
    get: operations['getInternetOperatorContacts'];
    /** Edits the operator contacts (If-Match required: "0" before the first edit) */
    put: operations['setInternetOperatorContacts'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tmf-api/communicationManagement/v4/hub': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** TMF681: register a listener for this API's events (signed with the secret returned once); admins, supervisors and API tokens */
    post: operations['registerListenerCommunication'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tmf-api/communicationManagement/v4/hub/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** TMF681: one registered listener */
    get: operations['retrieveListenerCommunication'];
    put?: never;
    post?: never;
    /** TMF681: unregister a listener (its undelivered events fail as "listener unregistered"); admins, supervisors, or the API token that registered it */
    delete: operations['unregisterListenerCommunication'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tmf-api/customerManagement/v4/hub': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** TMF629: register a listener for this API's events (signed with the secret returned once); admins, supervisors and API tokens */
    post: operations['registerListenerCustomer'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tmf-api/customerManagement/v4/hub/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** TMF629: one registered listener */
    get: operations['retrieveListenerCustomer'];
    put?: never;
    post?: never;
    /** TMF629: unregister a listener (its undelivered events fail as "listener unregistered"); admins, supervisors, or the API token that registered it */
    delete: operations['unregisterListenerCustomer'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tmf-api/productCatalogManagement/v4/hub': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** TMF620: register a listener for this API's events (signed with the secret returned once); admins, supervisors and API tokens */
    post: operations['registerListenerProductCatalog'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tmf-api/productCatalogManagement/v4/hub/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** TMF620: one registered listener */
    get: operations['retrieveListenerProductCatalog'];
    put?: never;
    post?: never;
    /** TMF620: unregister a listener (its undelivered events fail as "listener unregistered"); admins, supervisors, or the API token that registered it */
    delete: operations['unregisterListenerProductCatalog'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tmf-api/productInventory/v4/hub': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** TMF637: register a listener for this API's events (signed with the secret returned once); admins, supervisors and API tokens */
    post: operations['registerListenerProductInventory'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tmf-api/productInventory/v4/hub/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** TMF637: one registered listener */
    get: operations['retrieveListenerProductInventory'];
    put?: never;
    post?: never;
    /** TMF637: unregister a listener (its undelivered events fail as "listener unregistered"); admins, supervisors, or the API token that registered it */
    delete: operations['unregisterListenerProductInventory'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tmf-api/productOrderingManagement/v4/hub': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** TMF622: register a listener for this API's events (signed with the secret returned once); admins, supervisors and API tokens */
    post: operations['registerListenerProductOrdering'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tmf-api/productOrderingManagement/v4/hub/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** TMF622: one registered listener */
    get: operations['retrieveListenerProductOrdering'];
    put?: never;
    post?: never;
    /** TMF622: unregister a listener (its undelivered events fail as "listener unregistered"); admins, supervisors, or the API token that registered it */
    delete: operations['unregisterListenerProductOrdering'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tmf-api/troubleTicket/v4/hub': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** TMF621: register a listener for this API's events (signed with the secret returned once); admins, supervisors and API tokens */
    post: operations['registerListenerTroubleTicket'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tmf-api/troubleTicket/v4/hub/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** TMF621: one registered listener */
    get: operations['retrieveListenerTroubleTicket'];
    put?: never;
    post?: never;
    /** TMF621: unregister a listener (its undelivered events fail as "listener unregistered"); admins, supervisors, or the API token that registered it */
    delete: operations['unregisterListenerTroubleTicket'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tmf-api/appointment/v4/hub': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** TMF646: register a listener for this API's events (signed with the secret returned once); admins, supervisors and API tokens */
    post: operations['registerListenerAppointment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tmf-api/appointment/v4/hub/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** TMF646: one registered listener */
    get: operations['retrieveListenerAppointment'];
    put?: never;
    post?: never;
    /** TMF646: unregister a listener (its undelivered events fail as "listener unregistered"); admins, supervisors, or the API token that registered it */
    delete: operations['unregisterListenerAppointment'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tmf-api/usageManagement/v4/hub': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** TMF635: register a listener for this API's events (signed with the secret returned once); admins, supervisors and API tokens */
    post: operations['registerListenerUsage'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tmf-api/usageManagement/v4/hub/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** TMF635: one registered listener */
    get: operations['retrieveListenerUsage'];
    put?: never;
    post?: never;
    /** TMF635: unregister a listener (its undelivered events fail as "listener unregistered"); admins, supervisors, or the API token that registered it */
    delete: operations['unregisterListenerUsage'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/tmf-hub/listeners': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every TM Forum event listener of the reseller, per API, with its deliveries sent and failed */
    get: operations['listTmfHubListeners'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    /** @description RFC 9457 problem details */
    Problem: {
      type: string;
      title: string;
      status: number;
      detail: string;
      code: string;
      instance: string;
      requestId: string;
      errors?: {
        pointer: string;
        code: string;
        detail: string;
      }[];
    };
    Tenant: {
      /** Format: uuid */
      id: string;
      slug: string;
      legalName: string;
      country: 'FR' | 'IL';
      timeZone: string;
      currency: 'EUR' | 'ILS';
      logoDataUrl: string | null;
      operatorPartnerships: {
        orange: 'init_sys' | 'rezocean' | null;
        bouygues: 'init_sys' | null;
      };
      productFamilies: ('mobile' | 'internet')[];
      version: number;
    };
    User: {
      /** Format: uuid */
      id: string;
      email: string;
      login: string | null;
      displayName: string;
      role: 'admin' | 'supervisor' | 'agent' | 'fleet_manager' | 'installer';
      locale: 'fr' | 'en';
      active: boolean;
      mustChangePassword: boolean;
      customerAccountId: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      lastLoginAt: string | null;
      version: number;
    };
    InternetSubscription: {
      /** Format: uuid */
      id: string;
      reference: string;
      /** Format: uuid */
      accountId: string;
      operator: 'hot' | 'partner';
      operatorName: string;
      /** @description ACC-03: the operator’s customer number */
      masap: string;
      address: string;
      buildingFlats: number | null;
      plan: {
        code: string;
        name: string;
        speedMb: number;
        fibre: boolean;
        monthly: string | null;
        priceNote: string | null;
      };
      box: {
        code: string;
        name: string;
        serial: string | null;
        note: string | null;
        leds: {
          function: string;
          mark: string;
          meaning: string;
        }[];
      } | null;
      extenders: number;
      services: {
        code: string;
        name: string;
        monthly: string | null;
      }[];
      billingDay: number;
      state:
        | 'ordered'
        | 'eligibility_checked'
        | 'installation_booked'
        | 'active'
        | 'termination_pending'
        | 'terminated'
        | 'box_returned'
        | 'fee_charged';
      /** @enum {string} */
      currency: 'ILS';
      installationFee: string;
      installationAt: string | null;
      installationNoDueDate: boolean;
      installationUntil: string | null;
      bezeq: {
        /** Format: date-time */
        reportedAt: string;
        channel: 'email' | 'manual';
        /** Format: date */
        estimateFrom: string;
        /** Format: date */
        estimateTo: string;
      } | null;
      wifiChange: {
        /** Format: date-time */
        requestedAt: string;
        contactName: string;
        contactPhone: string | null;
      } | null;
      technicianChase: {
        /** Format: date-time */
        chasedAt: string;
        to: string;
      } | null;
      installedAt: string | null;
      termination: {
        /** Format: date-time */
        requestedAt: string;
        reason: string | null;
        /** Format: date-time */
        effectiveAt: string;
        /** Format: date */
        effectiveDate: string;
        /** Format: date-time */
        boxReturnDeadline: string;
        /** Format: date */
        boxReturnDeadlineDate: string;
        boxReturnedAt: string | null;
      } | null;
      /** @description NET-04: each extender’s courier delivery (2–3 Israeli business days), newest first */
      extenderDeliveries: {
        /** Format: uuid */
        id: string;
        /** @description The phone the courier calls (E.164) */
        phone: string;
        /** Format: date-time */
        orderedAt: string;
        /** Format: date */
        deliveryFrom: string;
        /** Format: date */
        deliveryTo: string;
        trackingNumber: string | null;
        trackingRecordedAt: string | null;
      }[];
      /** @description NET-10: the boxes a replacement took out, each due back within 30 days or 250 ₪ */
      oldBoxes: {
        /** Format: uuid */
        swapId: string;
        name: string;
        serial: string | null;
        replacedBy: string;
        /** Format: date-time */
        swappedAt: string;
        /** Format: date-time */
        returnDeadline: string;
        /** Format: date */
        returnDeadlineDate: string;
        returnedAt: string | null;
        feeChargedAt: string | null;
        fee: string;
        returnRefusal: {
          code: string;
          title: string;
        } | null;
      }[];
      /** @description Where a box goes back (seed 000: the operators’ own lists), while one is due */
      returnPlaces: {
        name: string;
        url: string;
        note: string | null;
      }[];
      wifiSet: boolean;
      eligibility: {
        /** Format: uuid */
        id: string;
        address: string;
        fibreEligible: boolean;
        method: 'operator' | 'manual';
        /** Format: date-time */
        checkedAt: string;
        checkedBy: string;
        reference: string | null;
      } | null;
      actions: {
        type:
          | 'book_installation'
          | 'confirm_installation'
          | 'add_extender'
          | 'swap_box'
          | 'terminate'
          | 'record_box_return'
          | 'set_wifi'
          | 'report_bezeq'
          | 'reschedule_installation'
          | 'confirm_wifi';
        allowed: boolean;
        reason: {
          code: string;
          title: string;
          detail: string;
        } | null;
        effectiveAt: string | null;
        effectiveDate: string | null;
        fee: string;
        monthly: string | null;
        conditionalFee: string | null;
        offer: 'box_swap' | null;
      }[];
      version: number;
      retentionSuggested?: boolean;
      delivery?: {
        /** Format: uuid */
        id: string;
        /** Format: date-time */
        from: string;
        /** Format: date-time */
        to: string;
        phone: string;
      };
    };
    InternetEligibilityCheck: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      accountId: string;
      operator: 'hot' | 'partner';
      address: string;
      fibreEligible: boolean;
      method: 'operator' | 'manual';
      /** Format: date-time */
      checkedAt: string;
      checkedBy: string;
      reference: string | null;
    };
    InternetSubscriptionListItem: {
      /** Format: uuid */
      id: string;
      reference: string;
      /** Format: uuid */
      accountId: string;
      accountName: string;
      operator: 'hot' | 'partner';
      planCode: string;
      address: string;
      masap: string;
      state: string;
      /** Format: date-time */
      createdAt: string;
    };
    InternetLifecycle: {
      /** Format: uuid */
      subscriptionId: string;
      actions: {
        type: 'change_plan' | 'move' | 'fixed_ip' | 'reactivate' | 'switch_provider';
        allowed: boolean;
        reason: {
          code: string;
          title: string;
          detail: string;
        } | null;
        effectiveAt: string | null;
        effectiveDate: string | null;
        monthly: string | null;
        late: boolean;
        activation: ('immediate' | 'operator_confirmation') | null;
      }[];
      plans: {
        code: string;
        name: string;
        fibre: boolean;
        allowed: boolean;
        reason: {
          code: string;
          title: string;
          detail: string;
        } | null;
        price: ('same_price' | 'plus_10' | 'minus_10' | 'cheaper_non_fibre') | null;
      }[];
      changes: {
        /** Format: uuid */
        id: string;
        kind: 'plan_change' | 'move' | 'fixed_ip' | 'reactivation' | 'provider_switch';
        state: 'scheduled' | 'awaiting_confirmation' | 'done' | 'cancelled';
        effectiveAt: string | null;
        effectiveDate: string | null;
        summary: string;
        /** Format: date-time */
        requestedAt: string;
        requestedBy: string;
        doneAt: string | null;
      }[];
      late?: boolean;
    };
    InternetOutage: {
      /** Format: uuid */
      id: string;
      operator: 'hot' | 'partner';
      area: string;
      delayHours: number;
      /** Format: date-time */
      resolvedBy: string;
    };
    InternetTroubleshootVerdict: {
      diagnosis: 'no_power' | 'sector_outage' | 'no_connection' | 'wifi_disabled' | 'online';
      nextStep:
        | 'check_power_cable'
        | 'ask_outage_delay'
        | 'power_cycle'
        | 'hold_wifi_button'
        | 'check_conditions'
        | 'speed_test_over_wifi'
        | 'split_bands'
        | 'escalate'
        | 'solved';
      speedVerdict: ('ok' | 'too_slow') | null;
      lineVerdict: 'ok' | 'weak' | 'not_measured';
      escalation: ('hot_call' | 'partner_email') | null;
      outage: components['schemas']['InternetOutage'] | null;
    };
    InternetTroubleshooting: {
      diagnosis: 'no_power' | 'sector_outage' | 'no_connection' | 'wifi_disabled' | 'online';
      nextStep:
        | 'check_power_cable'
        | 'ask_outage_delay'
        | 'power_cycle'
        | 'hold_wifi_button'
        | 'check_conditions'
        | 'speed_test_over_wifi'
        | 'split_bands'
        | 'escalate'
        | 'solved';
      speedVerdict: ('ok' | 'too_slow') | null;
      lineVerdict: 'ok' | 'weak' | 'not_measured';
      escalation: ('hot_call' | 'partner_email') | null;
      outage: components['schemas']['InternetOutage'] | null;
      /** Format: uuid */
      id: string;
      kind: 'no_internet' | 'slow' | 'wifi_led_off' | 'split_bands';
      incident: {
        /** Format: uuid */
        id: string;
        reference: string;
      };
      callSheet: string[] | null;
      email: {
        to: string;
        subject: string;
      } | null;
      upgrades: (
        | 'new_generation_router'
        | 'fibre_or_higher_plan'
        | 'switch_to_partner'
        | 'higher_plan'
        | 'switch_to_hot'
      )[];
      /** Format: date-time */
      createdAt: string;
      createdBy: string;
    };
    InternetOperatorContacts: {
      hotContactName: string;
      hotContactPhone: string | null;
      partnerGroupName: string;
      partnerTechnicalEmail: string | null;
      version: number;
    };
    Session: {
      user: components['schemas']['User'];
      tenant: components['schemas']['Tenant'];
      csrfToken: string;
      /** @description The authorization policies the signed-in user holds (route `policy` names): the web offers only what these allow */
      permissions: (
        | 'session.self'
        | 'tmf.hub'
        | 'tmf.hub.read'
        | 'tenant.read'
        | 'tenant.update'
        | 'users.read'
        | 'users.write'
        | 'tokens.manage'
        | 'audit.read'
        | 'outbox.read'
        | 'outbox.retry'
        | 'outbox.read_sensitive'
        | 'tmf.communication.read'
        | 'actions.read'
        | 'actions.cancel'
        | 'accounts.read'
        | 'accounts.write'
        | 'catalog.read'
        | 'catalog.manage'
        | 'stock.read'
        | 'stock.manage'
        | 'lines.read'
        | 'lines.secrets'
        | 'lines.write'
        | 'orders.read'
        | 'orders.write'
        | 'support.read'
        | 'support.write'
        | 'usage.read'
        | 'usage.import'
        | 'usage.recharge'
        | 'usage.limits'
        | 'referral.read'
        | 'referral.refer'
        | 'referral.manage'
        | 'referral.settings'
        | 'referral.portal'
        | 'internet.read'
        | 'internet.write'
        | 'internet.contacts.write'
      )[];
    };
    PasswordLinkSent: {
      /** @description The e-mail address the set-password link was sent to */
      sentTo: string;
      /** Format: date-time */
      expiresAt: string;
    };
    PasswordLink: {
      displayName: string;
      login: string;
      tenantName: string;
      tenantSlug: string;
      purpose: 'welcome' | 'reset';
      /** Format: date-time */
      expiresAt: string;
    };
    ApiToken: {
      /** Format: uuid */
      id: string;
      name: string;
      prefix: string;
      role: 'admin' | 'supervisor' | 'agent' | 'fleet_manager' | 'installer';
      /** Format: date-time */
      createdAt: string;
      expiresAt: string | null;
      lastUsedAt: string | null;
      revokedAt: string | null;
    };
    AuditEvent: {
      /** Format: uuid */
      id: string;
      /** Format: date-time */
      at: string;
      actorType: 'user' | 'token' | 'system';
      actorId: string | null;
      actorLabel: string;
      entityType: string;
      entityId: string;
      entityLabel: string | null;
      action: string;
      before: unknown;
      after: unknown;
      requestId: string | null;
    };
    OutboxSummary: {
      /** Format: uuid */
      id: string;
      channel: 'email' | 'sms' | 'webhook';
      recipient: string;
      subject: string;
      template: string;
      locale: string;
      entityType: string | null;
      entityId: string | null;
      status: 'pending' | 'sent' | 'failed';
      transport: 'smtp' | 'local' | 'webhook' | 'local_sms' | 'sms_http' | null;
      attempts: number;
      maxAttempts: number;
      /** Format: date-time */
      nextAttemptAt: string;
      lastError: string | null;
      /** Format: date-time */
      createdAt: string;
      sentAt: string | null;
      /** @description About a user's access (set-password link): body for admins only, purged once delivered */
      sensitive: boolean;
    };
    OutboxMessage: {
      /** Format: uuid */
      id: string;
      channel: 'email' | 'sms' | 'webhook';
      recipient: string;
      subject: string;
      template: string;
      locale: string;
      entityType: string | null;
      entityId: string | null;
      status: 'pending' | 'sent' | 'failed';
      transport: 'smtp' | 'local' | 'webhook' | 'local_sms' | 'sms_http' | null;
      attempts: number;
      maxAttempts: number;
      /** Format: date-time */
      nextAttemptAt: string;
      lastError: string | null;
      /** Format: date-time */
      createdAt: string;
      sentAt: string | null;
      /** @description About a user's access (set-password link): body for admins only, purged once delivered */
      sensitive: boolean;
      bodyText: string;
      bodyHtml: string | null;
      /** @description Why the body is empty: shown to admins only, or purged after delivery */
      bodyWithheld: 'admins_only' | 'purged' | null;
    };
    PendingAction: {
      /** Format: uuid */
      id: string;
      kind: string;
      entityType: string;
      entityId: string;
      /** Format: date-time */
      effectiveAt: string;
      status: 'scheduled' | 'done' | 'cancelled' | 'failed';
      payload: {
        [key: string]: unknown;
      };
      result: {
        [key: string]: unknown;
      } | null;
      lastError: string | null;
      createdBy: string;
      /** Format: date-time */
      createdAt: string;
      doneAt: string | null;
      cancelledAt: string | null;
      cancelledBy: string | null;
      version: number;
      /** @description The author's name; null when Relais itself scheduled it (createdBy 'system') */
      createdByName?: string | null;
      /** @description The object as people know it: a line's number, an incident's reference, a customer's name */
      entityName?: string | null;
    };
    Account: {
      /** Format: uuid */
      id: string;
      /** @description Human-friendly number, unique per reseller (C-000123) */
      reference: string;
      kind: 'person' | 'business';
      companyType: string | null;
      companyName: string | null;
      siret: string | null;
      nationalIdKind: ('il_company' | 'il_identity') | null;
      nationalId: string | null;
      firstName: string | null;
      lastName: string | null;
      displayName: string;
      email: string;
      phone: string | null;
      country: string;
      billingDay: number;
      /**
       * Format: date
       * @description CAL-06: next Billing Day strictly after now, in the tenant time zone
       */
      nextBillingDate: string;
      status: 'active' | 'closed';
      version: number;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      closedAt: string | null;
    };
    AccountContact: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      accountId: string;
      name: string;
      role: string | null;
      email: string | null;
      phone: string | null;
      mobile: string | null;
      version: number;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    AccountAddress: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      accountId: string;
      kind: 'billing' | 'site';
      label: string | null;
      line1: string;
      line2: string | null;
      postalCode: string;
      city: string;
      country: string;
      version: number;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    AccountDetail: {
      /** Format: uuid */
      id: string;
      /** @description Human-friendly number, unique per reseller (C-000123) */
      reference: string;
      kind: 'person' | 'business';
      companyType: string | null;
      companyName: string | null;
      siret: string | null;
      nationalIdKind: ('il_company' | 'il_identity') | null;
      nationalId: string | null;
      firstName: string | null;
      lastName: string | null;
      displayName: string;
      email: string;
      phone: string | null;
      country: string;
      billingDay: number;
      /**
       * Format: date
       * @description CAL-06: next Billing Day strictly after now, in the tenant time zone
       */
      nextBillingDate: string;
      status: 'active' | 'closed';
      version: number;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      closedAt: string | null;
      contacts: components['schemas']['AccountContact'][];
      addresses: components['schemas']['AccountAddress'][];
    };
    TmfCustomer: {
      id: string;
      href: string;
      name: string;
      status: string;
      engagedParty: {
        id: string;
        href?: string;
        name?: string;
        role?: string;
        '@referredType': string;
      };
      contactMedium: {
        mediumType: string;
        preferred?: boolean;
        characteristic: {
          contactType?: string;
          emailAddress?: string;
          phoneNumber?: string;
          street1?: string;
          street2?: string;
          postCode?: string;
          city?: string;
          country?: string;
        };
      }[];
      characteristic: {
        name: string;
        valueType: string;
        value: string | number;
      }[];
      relatedParty: {
        id: string;
        href?: string;
        name?: string;
        role?: string;
        '@referredType': string;
      }[];
      validFor: {
        /** Format: date-time */
        startDateTime: string;
        /** Format: date-time */
        endDateTime?: string;
      };
      '@type': string;
      '@baseType': string;
    };
    HeldCustomer: {
      id: string;
      state: 'held' | 'released' | 'rejected';
      /** Format: date-time */
      receivedAt: string;
      receivedBy: string;
      name: string;
      kind: 'person' | 'business';
      companyType: string | null;
      siret: string | null;
      firstName: string | null;
      lastName: string | null;
      email: string | null;
      phone: string | null;
      billingDay: number;
      addresses: {
        kind: 'billing' | 'site';
        line1: string | null;
        line2: string | null;
        postalCode: string | null;
        city: string | null;
        country: string | null;
      }[];
      contacts: {
        name: string;
        role: string | null;
      }[];
      accountId: string | null;
    };
    CatalogPrice: {
      component:
        | 'monthly'
        | 'monthly_minimum'
        | 'one_off'
        | 'per_minute'
        | 'per_sms'
        | 'per_mms'
        | 'per_mb'
        | 'per_mb_tiers';
      amount: string | null;
      tiers:
        | {
            fromMb: number;
            perMb: string;
          }[]
        | null;
      currency: string;
      vatIncluded: boolean;
      toBeSet: boolean;
      /** Format: date-time */
      effectiveFrom: string;
      effectiveDate: string | null;
      origin: 'catalog' | 'tenant';
    };
    CatalogOffer: {
      /** @description Stable offer code, e.g. orange-unlimited-50gb-blocked */
      id: string;
      catalogVersion: string;
      network: 'orange' | 'bouygues';
      range: 'unlimited' | 'travel' | 'data_only' | 'payg' | 'data_payg' | 'm2m';
      name: string;
      envelopeMb: number | null;
      blocked: boolean | null;
      fiveG: boolean;
      voice: boolean;
      sms: boolean;
      roaming: boolean;
      numberLength: number;
      numberAssignment: 'random_from_stock' | 'chosen_at_order' | 'given_by_operator';
      sessionLimit: number | null;
      esimAllowed: boolean;
      recharge: 'any' | 'same_volume' | 'none';
      roamingZonesAtOrder: ('usa_canada' | 'maghreb_turkey' | 'rest_of_world' | 'europe' | 'world')[];
      includes: string[];
      prices: components['schemas']['CatalogPrice'][];
      upcomingPrices: components['schemas']['CatalogPrice'][];
      priceToBeSet: boolean;
    };
    CatalogOption: {
      id: string;
      kind: 'esim' | 'fixed_ip' | 'roaming' | 'cutoff' | 'voice_service' | 'handset_service' | 'recharge';
      network: 'orange' | 'bouygues';
      name: string;
      group: string | null;
      zone: ('usa_canada' | 'maghreb_turkey' | 'rest_of_world' | 'europe' | 'world') | null;
      volumeMb: number | null;
      cutoffEuros: number | null;
      partnerOnly: string | null;
      handsetActivated: boolean;
      requiredAtOrder: boolean;
      notes: string[];
      fixedIpAccess: {
        delivery: 'internet_only' | 'partner_platform';
        ipsecTunnel: boolean;
        credentialsWithinMinutes: number | null;
        partnerLogin: {
          domainSuffix: 'otd' | 'btd';
          msisdnDigits: number;
        } | null;
      } | null;
      prices: components['schemas']['CatalogPrice'][];
      upcomingPrices: components['schemas']['CatalogPrice'][];
      priceToBeSet: boolean;
    };
    Sim: {
      iccid: string;
      network: 'orange' | 'bouygues';
      simType: 'pin' | 'no_pin' | 'esim';
      state: 'free' | 'assigned' | 'in_use' | 'retired';
      accountId: string | null;
      accountName: string | null;
      hasPuk: boolean;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    Line: {
      id: string;
      accountId: string;
      accountName: string;
      orderId: string;
      orderReference: string;
      network: 'orange' | 'bouygues';
      offer: string;
      /** @description The offer's catalog name in the request's language */
      offerName: string;
      state: 'in_progress' | 'active' | 'suspended' | 'terminated' | 'cancelled';
      msisdn: string | null;
      iccid: string | null;
      simType: 'pin' | 'no_pin' | 'esim';
      userName: string;
      siteId: string | null;
      portability: boolean;
      rio: string | null;
      /** Format: date-time */
      activationAt: string;
      esim: {
        contactEmail: string | null;
        contactMobile: string | null;
        confirmed: boolean;
        locked: boolean;
        triesLeft: number;
      } | null;
      options: {
        code: string;
        status: 'pending' | 'active' | 'terminated';
        /** Format: date-time */
        createdAt: string;
        activatedAt: string | null;
        endedAt: string | null;
      }[];
      /** Format: date-time */
      createdAt: string;
      activatedAt: string | null;
      terminatedAt: string | null;
      version: number;
    };
    LineActions: {
      lineId: string;
      state: 'in_progress' | 'active' | 'suspended' | 'terminated' | 'cancelled';
      items: {
        type:
          | 'suspend'
          | 'reactivate'
          | 'plan_change'
          | 'option_suspension'
          | 'option_termination'
          | 'termination'
          | 'option_add'
          | 'option_change';
        target: string | null;
        replaces: string | null;
        targetLabel: string | null;
        change: 'upgrade' | 'downgrade' | 'migration' | null;
        allowed: boolean;
        reason: {
          code: string;
          title: string;
          detail: string;
        } | null;
        effectiveAt: string | null;
        effectiveLabel: string | null;
        immediate: boolean;
        billingContinues: boolean;
        charges?: {
          kind: 'one_off' | 'first_month' | 'monthly';
          itemCode: string;
          amount: string;
          currency: string;
          periodStart: string | null;
          periodEnd: string | null;
        }[];
      }[];
      options: {
        id: string;
        code: string;
        label: string;
        kind: string;
        zone: string | null;
        status: 'pending' | 'active' | 'terminated';
        /** Format: date-time */
        createdAt: string;
        activatedAt: string | null;
        endedAt: string | null;
      }[];
      roaming: {
        zone: string;
        optionId: string;
        code: string;
        label: string;
        kind: 'roaming' | 'cutoff';
        volumeMb: number | null;
        cutoffEuros: number | null;
      }[];
      pending: {
        id: string;
        type:
          | 'suspend'
          | 'reactivate'
          | 'plan_change'
          | 'option_suspension'
          | 'option_termination'
          | 'termination'
          | 'option_add'
          | 'option_change';
        target: string | null;
        targetLabel: string | null;
        /** Format: date-time */
        effectiveAt: string;
        effectiveLabel: string;
      }[];
    };
    LineActionResult: {
      action: {
        /** Format: uuid */
        id: string;
        kind: string;
        status: string;
        /** Format: date-time */
        effectiveAt: string;
        effectiveLabel: string;
        immediate: boolean;
      };
      line: components['schemas']['Line'];
    };
    SimSwap: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      actionId: string;
      state: 'scheduled' | 'done' | 'failed' | 'cancelled';
      fromSimType: 'pin' | 'no_pin' | 'esim';
      toSimType: 'pin' | 'no_pin' | 'esim';
      fromIccid: string | null;
      toIccid: string | null;
      /** Format: date-time */
      effectiveAt: string;
      effectiveLabel: string;
      failure: string | null;
      /** Format: date-time */
      createdAt: string;
      doneAt: string | null;
    };
    NetworkNameRequest: {
      /** Format: uuid */
      id: string;
      name: string;
      state: 'requested' | 'done' | 'cancelled';
      partner: 'init_sys' | 'rezocean';
      /** Format: date */
      expectedOn: string;
      restartNeeded: boolean;
      /** Format: date-time */
      createdAt: string;
      closedAt: string | null;
    };
    LineSimActions: {
      lineId: string;
      state: 'in_progress' | 'active' | 'suspended' | 'terminated' | 'cancelled';
      network: 'orange' | 'bouygues';
      simType: 'pin' | 'no_pin' | 'esim';
      iccid: string | null;
      swaps: {
        simType: 'pin' | 'no_pin' | 'esim';
        direction: 'physical_to_physical' | 'physical_to_esim' | 'esim_to_physical' | 'esim_to_esim';
        allowed: boolean;
        reason: {
          code: string;
          title: string;
          detail: string;
        } | null;
        effectiveAt: string | null;
        effectiveLabel: string | null;
        immediate: boolean;
        needsContacts: boolean;
        needsIccid: boolean;
        fee: string | null;
      }[];
      history: components['schemas']['SimSwap'][];
      networkName: {
        allowed: boolean;
        reason: {
          code: string;
          title: string;
          detail: string;
        } | null;
        partner: ('init_sys' | 'rezocean') | null;
        maxLength: number;
        weeks: number;
        /** Format: date */
        expectedOn: string;
        restartNeeded: boolean;
        minSims: number;
      };
      networkNames: components['schemas']['NetworkNameRequest'][];
    };
    SimSwapResult: {
      swap: components['schemas']['SimSwap'];
      action: {
        /** Format: uuid */
        id: string;
        status: string;
        immediate: boolean;
      };
      line: components['schemas']['Line'];
    };
    Order: {
      id: string;
      reference: string;
      accountId: string;
      accountName: string;
      configuration: 'unit' | 'multiple';
      network: 'orange' | 'bouygues';
      state: 'queued' | 'in_progress' | 'completed' | 'failed' | 'cancelled';
      /** Format: date-time */
      submitAt: string;
      queued: boolean;
      failure: string | null;
      description: string | null;
      priority: '0' | '1' | '2' | '3' | '4' | null;
      /** Format: date-time */
      createdAt: string;
      completedAt: string | null;
      lines: components['schemas']['Line'][];
    };
    TmfProductOrder: {
      id: string;
      href: string;
      externalId?: string;
      /** Format: date-time */
      orderDate: string;
      /** Format: date-time */
      requestedStartDate?: string;
      /** Format: date-time */
      completionDate?: string;
      description?: string;
      priority?: string;
      state: string;
      productOrderItem: {
        id: string;
        action: string;
        state: string;
        quantity: number;
        productOffering?: {
          id: string;
          href: string;
          '@referredType': string;
        };
        product?: {
          id: string;
          href: string;
          '@type': string;
        };
      }[];
      relatedParty?: {
        id: string;
        href?: string;
        name?: string;
        role?: string;
        '@referredType'?: string;
      }[];
      '@type': string;
    };
    HeldOrder: {
      id: string;
      state: 'held' | 'released' | 'rejected';
      /** Format: date-time */
      receivedAt: string;
      receivedBy: string;
      orderId: string | null;
      items: {
        offerCode: string | null;
        offerName: string | null;
        quantity: number;
      }[];
    };
    Incident: {
      /** Format: uuid */
      id: string;
      reference: string;
      accountId: string | null;
      accountName: string | null;
      accountReference: string | null;
      service: ('adsl' | 'sdsl' | 'vga' | 'fibre' | 'cable' | 'mobile') | null;
      /** @description CS-01: where the contact came from */
      channel: 'phone' | 'email' | 'chat' | 'web_form' | 'social' | 'post' | 'shop';
      priority: 'critical' | 'high' | 'normal' | 'low';
      state:
        | 'new'
        | 'diagnosis'
        | 'waiting_customer'
        | 'with_operator'
        | 'intervention_planned'
        | 'resolved'
        | 'closed';
      title: string;
      description: string;
      information: {
        siteContactName: string | null;
        siteContactPhone: string | null;
        siteOpeningHours: string | null;
        modemMakeModel: string | null;
        routerMakeModel: string | null;
        modemLedStates: string | null;
      };
      /** Format: date-time */
      openedAt: string;
      firstResponseAt: string | null;
      escalatedAt: string | null;
      resolvedAt: string | null;
      closedAt: string | null;
      sla: {
        risk: 'ok' | 'at_risk' | 'breached' | 'met';
        firstResponse: {
          state: 'ok' | 'at_risk' | 'breached' | 'met';
          elapsedHours: number;
          targetHours: number;
        };
        resolution: {
          state: 'ok' | 'at_risk' | 'breached' | 'met';
          elapsedHours: number;
          targetHours: number;
        };
      };
      operatorCode: string | null;
      operatorName: string | null;
      /** @description NET-05: an appointment is past its slot without an outcome */
      overdue: boolean;
      version: number;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    IncidentDetail: {
      /** Format: uuid */
      id: string;
      reference: string;
      accountId: string | null;
      accountName: string | null;
      accountReference: string | null;
      service: ('adsl' | 'sdsl' | 'vga' | 'fibre' | 'cable' | 'mobile') | null;
      /** @description CS-01: where the contact came from */
      channel: 'phone' | 'email' | 'chat' | 'web_form' | 'social' | 'post' | 'shop';
      priority: 'critical' | 'high' | 'normal' | 'low';
      state:
        | 'new'
        | 'diagnosis'
        | 'waiting_customer'
        | 'with_operator'
        | 'intervention_planned'
        | 'resolved'
        | 'closed';
      title: string;
      description: string;
      information: {
        siteContactName: string | null;
        siteContactPhone: string | null;
        siteOpeningHours: string | null;
        modemMakeModel: string | null;
        routerMakeModel: string | null;
        modemLedStates: string | null;
      };
      /** Format: date-time */
      openedAt: string;
      firstResponseAt: string | null;
      escalatedAt: string | null;
      resolvedAt: string | null;
      closedAt: string | null;
      sla: {
        risk: 'ok' | 'at_risk' | 'breached' | 'met';
        firstResponse: {
          state: 'ok' | 'at_risk' | 'breached' | 'met';
          elapsedHours: number;
          targetHours: number;
        };
        resolution: {
          state: 'ok' | 'at_risk' | 'breached' | 'met';
          elapsedHours: number;
          targetHours: number;
        };
      };
      operatorCode: string | null;
      operatorName: string | null;
      /** @description NET-05: an appointment is past its slot without an outcome */
      overdue: boolean;
      version: number;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      notice: {
        checks: string[];
        minimum: {
          /** @description Minor units (cents) */
          amount: number;
          currency: string;
          /** @description false: € HT */
          vatIncluded: boolean;
        } | null;
      };
      missingChecks: string[];
      missingInformation: string[];
      checks: {
        id: string;
        by: string;
        /** Format: date-time */
        at: string;
        /** @description CS-01: where the contact came from */
        channel: 'phone' | 'email' | 'chat' | 'web_form' | 'social' | 'post' | 'shop';
        text: string;
        recordedBy: string;
        /** Format: date-time */
        recordedAt: string;
        check: string;
      }[];
      consents: {
        id: string;
        by: string;
        /** Format: date-time */
        at: string;
        /** @description CS-01: where the contact came from */
        channel: 'phone' | 'email' | 'chat' | 'web_form' | 'social' | 'post' | 'shop';
        text: string;
        recordedBy: string;
        /** Format: date-time */
        recordedAt: string;
      }[];
      interventions: {
        id: string;
        kind: 'on_site' | 'expertise' | 'sav_plus';
        /** Format: date-time */
        slotStart: string;
        /** Format: date-time */
        slotEnd: string;
        address: string;
        reachablePhones: string[];
        technicianCallsFirst: boolean;
        referent: string | null;
        status: 'planned' | 'qualified' | 'cancelled';
        qualification: string | null;
        qualificationLabel?: string | null;
        overdue: boolean;
        /** @description SUP-09: a planned SAV+ appointment cancels free until then (48 business hours before) */
        freeCancellationUntil: string | null;
        /** Format: date-time */
        plannedAt: string;
        qualifiedAt: string | null;
        cancelledAt: string | null;
        savPlusSteps: {
          id: string;
          step: 'site_tests' | 'main_frame' | 'sub_frame' | 'concentration_point' | 'second_site_visit';
          faultShown: boolean;
          /** @description kbit/s */
          downKbps: number;
          /** @description kbit/s */
          upKbps: number;
          note: string;
          /** Format: date-time */
          measuredAt: string;
          recordedBy: string;
          /** Format: date-time */
          recordedAt: string;
        }[];
        nextSavPlusStep:
          ('site_tests' | 'main_frame' | 'sub_frame' | 'concentration_point' | 'second_site_visit') | null;
      }[];
      charges: {
        id: string;
        interventionId: string | null;
        code: string;
        label: string;
        amount: {
          /** @description Minor units (cents) */
          amount: number;
          currency: string;
          /** @description false: € HT */
          vatIncluded: boolean;
        };
        status: 'due' | 'awaiting_acceptance' | 'contested' | 'waived';
        /** Format: date-time */
        notifiedAt: string;
        /** Format: date-time */
        contestDeadline: string;
        contestable: boolean;
        contestedAt: string | null;
        contestText: string | null;
        waivedAt: string | null;
        waivedReason: string | null;
      }[];
      costs: {
        due: {
          /** @description Minor units (cents) */
          amount: number;
          currency: string;
          /** @description false: € HT */
          vatIncluded: boolean;
        };
        waived: {
          /** @description Minor units (cents) */
          amount: number;
          currency: string;
          /** @description false: € HT */
          vatIncluded: boolean;
        };
      };
      emails: {
        id: string;
        to: string;
        subject: string;
        template: string;
        status: string;
        /** Format: date-time */
        createdAt: string;
      }[];
      actions: {
        action: string;
        allowed: boolean;
        code: string | null;
        reason: string | null;
      }[];
      timeline: {
        /** Format: date-time */
        at: string;
        kind: string;
        title: string;
        detail: string;
        channel: ('phone' | 'email' | 'chat' | 'web_form' | 'social' | 'post' | 'shop') | null;
        by: string | null;
      }[];
      customerServiceEmail: string;
    };
    TmfTroubleTicket: {
      id: string;
      href: string;
      name: string;
      description: string;
      severity: string;
      priority: string;
      ticketType: string;
      status: string;
      /** Format: date-time */
      creationDate: string;
      /** Format: date-time */
      lastUpdate: string;
      /** Format: date-time */
      resolutionDate?: string;
      channel: {
        id: string;
        name: string;
      };
      relatedParty: {
        id: string;
        name?: string;
        role?: string;
        '@referredType': string;
      }[];
      relatedEntity: {
        id: string;
        name: string;
        role: string;
        '@referredType': string;
      }[];
      '@type': string;
    };
    TmfAppointment: {
      id: string;
      href: string;
      category?: string;
      status: string;
      /** Format: date-time */
      creationDate: string;
      /** Format: date-time */
      lastUpdate?: string;
      externalId?: string;
      validFor: {
        /** Format: date-time */
        startDateTime: string;
        /** Format: date-time */
        endDateTime: string;
      };
      description?: string;
      contactMedium: {
        mediumType: string;
        preferred: boolean;
        characteristic: {
          phoneNumber: string;
        };
      }[];
      relatedEntity: {
        id: string;
        name?: string;
        role?: string;
        '@referredType': string;
      }[];
      relatedPlace?: {
        id: string;
        name: string;
        role: string;
        '@referredType': string;
      };
      '@type': string;
    };
    HeldAppointment: {
      id: string;
      state: 'held' | 'completed' | 'rejected';
      /** Format: date-time */
      receivedAt: string;
      receivedBy: string;
      /** Format: date-time */
      slotStart: string;
      /** Format: date-time */
      slotEnd: string;
      kind: ('on_site' | 'expertise' | 'sav_plus') | null;
      address: string | null;
      phones: string[];
      description: string | null;
      externalId: string | null;
      ticket: {
        id: string;
        reference: string;
      } | null;
      incidentId: string | null;
    };
    UsageImport: {
      /** Format: uuid */
      id: string;
      filename: string | null;
      /** @description running: being read, its figures so far (each batch of records is counted in its own transaction); done; failed: its upload broke off (too large, connection lost), the batches before counted; interrupted: a running import that has written nothing for 10 minutes (its process died). Import the file again to count the rest: records already counted are duplicates. */
      state: 'running' | 'done' | 'failed' | 'interrupted';
      /** @description Rows read (the header excluded) */
      read: number;
      /** @description Records counted for the first time */
      new: number;
      /** @description Records already imported (this file again, or another one): not counted again */
      duplicates: number;
      /** @description Malformed rows, not counted */
      rejected: number;
      /** @description Rows for a number that is none of the reseller’s lines */
      unknownLines: number;
      /** @description Data alerts (80 %/100 %) this import raised */
      alerts: number;
      /** @description Bytes of the file read so far */
      bytesRead: number;
      /** @description The file’s size when known beforehand (Content-Length, a file on disk) */
      bytesTotal: number | null;
      createdBy: string;
      /** Format: date-time */
      createdAt: string;
      rejects?: {
        /** @description Line number in the file (the header is line 1) */
        line: number;
        /** @description Reason code */
        reason: string;
        field: string | null;
        /** @description The reason, in the request’s language */
        message: string;
        /** @description The row as received (500 characters at most) */
        raw: string;
      }[];
    };
    LineUsage: {
      /** Format: uuid */
      lineId: string;
      month: string;
      months: string[];
      /** @description The plan’s envelope plus the month’s applied recharges (USE-06), in bytes */
      envelopeBytes: number | null;
      /** @description USE-07: the month’s data recharged (applied recharges), in bytes */
      rechargedBytes: number;
      envelopePercent: number | null;
      blocked: boolean | null;
      thresholds: number[];
      dataState: {
        state: 'data_blocked' | 'throttled';
        /** Format: date-time */
        since: string;
        operatorCommand: 'block_data' | null;
        commandStatus: 'pending' | 'sent' | null;
      } | null;
      alerts: {
        threshold: number;
        /** Format: date-time */
        at: string;
      }[];
      totals: {
        voice: {
          /** @description Included quantity (seconds, messages or bytes); SVA: non billable */
          inPlan: number;
          /** @description Off-plan quantity; SVA: billed */
          offPlan: number;
          /** @description Priced off-plan amount, excl. VAT */
          offPlanAmount: string;
          /** @description Off-plan records without a catalog price ("à définir") */
          toBeSet: number;
          records: number;
        };
        sms: {
          /** @description Included quantity (seconds, messages or bytes); SVA: non billable */
          inPlan: number;
          /** @description Off-plan quantity; SVA: billed */
          offPlan: number;
          /** @description Priced off-plan amount, excl. VAT */
          offPlanAmount: string;
          /** @description Off-plan records without a catalog price ("à définir") */
          toBeSet: number;
          records: number;
        };
        mms: {
          /** @description Included quantity (seconds, messages or bytes); SVA: non billable */
          inPlan: number;
          /** @description Off-plan quantity; SVA: billed */
          offPlan: number;
          /** @description Priced off-plan amount, excl. VAT */
          offPlanAmount: string;
          /** @description Off-plan records without a catalog price ("à définir") */
          toBeSet: number;
          records: number;
        };
        data: {
          /** @description Included quantity (seconds, messages or bytes); SVA: non billable */
          inPlan: number;
          /** @description Off-plan quantity; SVA: billed */
          offPlan: number;
          /** @description Priced off-plan amount, excl. VAT */
          offPlanAmount: string;
          /** @description Off-plan records without a catalog price ("à définir") */
          toBeSet: number;
          records: number;
        };
        sva: {
          /** @description Included quantity (seconds, messages or bytes); SVA: non billable */
          inPlan: number;
          /** @description Off-plan quantity; SVA: billed */
          offPlan: number;
          /** @description Priced off-plan amount, excl. VAT */
          offPlanAmount: string;
          /** @description Off-plan records without a catalog price ("à définir") */
          toBeSet: number;
          records: number;
        };
      };
      journal: {
        items: {
          id: string;
          /** Format: date-time */
          startedAt: string;
          kind: 'voice' | 'sms' | 'mms' | 'data' | 'sva';
          direction: 'out' | 'in';
          zone: string;
          destinationZone: string | null;
          calledNumber: string | null;
          quantity: number;
          offPlan: boolean;
          amount: string | null;
          priceToBeSet: boolean;
          /** @description CAT-05: billed although the plan includes it, beyond fair use: a 251st distinct callee, a 251st distinct SMS/MMS recipient, or a call’s part beyond 2 h */
          fairUse: 'callees' | 'recipients' | 'duration' | null;
        }[];
        total: number;
        limit: number;
        offset: number;
      };
      /** @description CAT-05, unlimited plans: the month’s distinct callees and SMS/MMS recipients against their limits, and Orange’s SMS suspension */
      fairUse: {
        callees: {
          used: number;
          max: number;
        };
        recipients: {
          used: number;
          max: number;
        };
        maxCallSeconds: number;
        smsPerHour: number | null;
        smsSuspendedUntil: string | null;
      } | null;
    };
    UsageRecharge: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      lineId: string;
      /** @description YYYY-MM: the only month the recharge adds to (Reading 14) */
      month: string;
      /** @description The catalog recharge’s code */
      option: string;
      /** @description The catalog recharge’s name, in the request’s language */
      optionName: string;
      volumeMb: number;
      /** @description pending until the operator applied it (up to 30 minutes, USE-06) */
      state: 'pending' | 'applied';
      /** @description The one-off price charged, excl. VAT; null: "à définir" (no price in the catalog) */
      amount: string | null;
      priceToBeSet: boolean;
      /** @description Ordered within 30 minutes of another, with the agent’s confirmation (USE-06) */
      confirmedDuplicate: boolean;
      orderedBy: string;
      /** Format: date-time */
      orderedAt: string;
      appliedAt: string | null;
    };
    LineRecharges: {
      options: {
        code: string;
        name: string;
        volumeMb: number;
        /** @description excl. VAT; null: "à définir" */
        amount: string | null;
      }[];
      items: components['schemas']['UsageRecharge'][];
      /** @description USE-06: a recharge ordered within the last 30 minutes (a new one needs a confirmation) */
      recentAt: string | null;
    };
    LineDataChart: {
      /** Format: uuid */
      lineId: string;
      month: string;
      envelopeBytes: number | null;
      days: {
        /** Format: date */
        day: string;
        /** @description In-plan data used that day */
        bytes: number;
        /** @description In-plan data used since the 1st */
        cumulativeBytes: number;
      }[];
    };
    LineUsageLimits: {
      /** Format: uuid */
      lineId: string;
      month: string;
      zones: {
        zone: 'usa_canada' | 'maghreb_turkey' | 'rest_of_world' | 'europe' | 'world';
        zoneName: string;
        current: {
          code: string;
          name: string;
          kind: 'cutoff' | 'roaming';
        } | null;
        choices: {
          code: string;
          name: string;
        }[];
        unit: ('bytes' | 'minor') | null;
        limit: number | null;
        /** @description This month’s consumption counted against it, in `unit` */
        used: number;
        percent: number | null;
        /** @description The thresholds (80, 100) already alerted this month */
        alerts: number[];
        blocked: {
          /** Format: date-time */
          since: string;
          commandStatus: 'pending' | 'sent';
        } | null;
      }[];
      threshold: {
        gb: number | null;
        unit: ('bytes' | 'minor') | null;
        limit: number | null;
        /** @description This month’s consumption counted against it, in `unit` */
        used: number;
        percent: number | null;
        /** @description The thresholds (80, 100) already alerted this month */
        alerts: number[];
        blocked: {
          /** Format: date-time */
          since: string;
          commandStatus: 'pending' | 'sent';
        } | null;
      } | null;
    };
    TmfUsage: {
      id: string;
      href: string;
      description: string;
      /** Format: date-time */
      usageDate: string;
      usageType: string;
      status: string;
      usageCharacteristic: {
        name: string;
        valueType: string;
        value: string | number;
      }[];
      relatedParty: {
        id: string;
        href?: string;
        name?: string;
        role?: string;
        '@referredType': string;
      }[];
      ratedProductUsage: {
        isBilled: boolean;
        usageRatingTag: string;
        ratingAmountType: string;
        taxExcludedRatingAmount?: {
          unit: string;
          value: number;
        };
        productRef: {
          id: string;
          href: string;
          name?: string;
          '@referredType': string;
        };
        '@type': string;
      }[];
      '@type': string;
    };
    TmfQueryUsageConsumption: {
      id: string;
      href: string;
      /** Format: date-time */
      queryUsageConsumptionDate: string;
      searchCriteria: {
        product: {
          id: string;
          href: string;
          name: string;
          '@referredType': string;
        }[];
        logicalResource?: {
          id: string;
          name: string;
          '@referredType': string;
        }[];
        validPeriod: {
          /** Format: date-time */
          startDateTime: string;
          /** Format: date-time */
          endDateTime: string;
        };
        '@type': string;
      };
      relatedParty: {
        id: string;
        href?: string;
        name?: string;
        role?: string;
        '@referredType': string;
      }[];
      usageConsumption: {
        id: string;
        name: string;
        description: string;
        /** Format: date-time */
        lastUpdate: string;
        state: string;
        validPeriod: {
          /** Format: date-time */
          startDateTime: string;
          /** Format: date-time */
          endDateTime: string;
        };
        product: {
          id: string;
          href: string;
          name: string;
          '@referredType': string;
        }[];
        logicalResource: {
          id: string;
          name: string;
          '@referredType': string;
        }[];
        relatedParty: {
          id: string;
          href?: string;
          name?: string;
          role?: string;
          '@referredType': string;
        }[];
        bucketRefOrValue: {
          id: string;
          name: string;
          usageType: string;
          isShared: boolean;
          status: string;
          remainingValueName?: string;
          remainingValue?: {
            amount: number;
            units: string;
          };
          validFor: {
            /** Format: date-time */
            startDateTime: string;
            /** Format: date-time */
            endDateTime: string;
          };
          bucketCounter: {
            counterType: string;
            valueName: string;
            value: {
              amount: number;
              units: string;
            };
            consumptionPeriod: {
              /** Format: date-time */
              startDateTime: string;
              /** Format: date-time */
              endDateTime: string;
            };
            '@type': string;
          }[];
          '@type': string;
        }[];
        '@type': string;
      }[];
      '@type': string;
    };
    TmfHubListener: {
      id: string;
      api: string;
      base: string;
      callback: string;
      query: string | null;
      /** Format: date-time */
      createdAt: string;
      sent: number;
      failed: number;
      pending: number;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  getSession: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Session'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  signIn: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description E-mail address or username */
          login: string;
          password: string;
          /** @description Workspace slug, when the login is ambiguous */
          tenant?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Session'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  signOut: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  changeOwnPassword: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          currentPassword: string;
          newPassword: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  getTenant: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Tenant'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  updateTenant: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          legalName?: string;
          timeZone?: string;
          currency?: 'EUR' | 'ILS';
          logoDataUrl?: string | null;
          operatorPartnerships?: {
            orange: 'init_sys' | 'rezocean' | null;
            bouygues: 'init_sys' | null;
          };
          productFamilies?: ('mobile' | 'internet')[];
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Tenant'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  listUsers: {
    parameters: {
      query: {
        limit: number;
        offset: number;
        /** @description Comma-separated, "-" for descending. Fields: email, displayName, role, createdAt, lastLoginAt */
        sort?: string;
        /** @description Searches e-mail, name and username */
        q?: string;
        role?: 'admin' | 'supervisor' | 'agent' | 'fleet_manager' | 'installer';
        active?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['User'][];
            total: number;
            limit: number;
            offset: number;
            /** @description true when more than 10000 items match: total is then 10000, a lower bound */
            totalCapped?: boolean;
          };
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  createUser: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: email */
          email: string;
          displayName: string;
          role: 'admin' | 'supervisor' | 'agent' | 'fleet_manager' | 'installer';
          login?: string;
          locale?: 'fr' | 'en';
          /** Format: uuid */
          customerAccountId?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            user: components['schemas']['User'];
            passwordLink: components['schemas']['PasswordLinkSent'];
          };
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  getUser: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['User'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  updateUser: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          displayName?: string;
          role?: 'admin' | 'supervisor' | 'agent' | 'fleet_manager' | 'installer';
          active?: boolean;
          locale?: 'fr' | 'en';
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['User'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  resetUserPassword: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PasswordLinkSent'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  checkPasswordLink: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description The token of the link */
          token: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PasswordLink'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  usePasswordLink: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description The token of the link */
          token: string;
          newPassword: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PasswordLink'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  listTokens: {
    parameters: {
      query: {
        limit: number;
        offset: number;
        /** @description Comma-separated, "-" for descending. Fields: name, createdAt, lastUsedAt */
        sort?: string;
        revoked?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['ApiToken'][];
            total: number;
            limit: number;
            offset: number;
            /** @description true when more than 10000 items match: total is then 10000, a lower bound */
            totalCapped?: boolean;
          };
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  createToken: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
          role: 'admin' | 'supervisor' | 'agent' | 'fleet_manager' | 'installer';
          /** Format: date-time */
          expiresAt?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            token: components['schemas']['ApiToken'];
            secret: string;
          };
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  deleteToken: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  listAuditEvents: {
    parameters: {
      query: {
        limit: number;
        offset: number;
        /** @description Comma-separated, "-" for descending. Fields: at */
        sort?: string;
        entityType?: string;
        entityId?: string;
        action?: string;
        actorId?: string;
        from?: string;
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['AuditEvent'][];
            total: number;
            limit: number;
            offset: number;
            /** @description true when more than 10000 items match: total is then 10000, a lower bound */
            totalCapped?: boolean;
          };
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  listOutboxMessages: {
    parameters: {
      query: {
        limit: number;
        offset: number;
        /** @description This list has a fixed order. */
        sort?: string;
        status?: 'pending' | 'sent' | 'failed';
        transport?: 'smtp' | 'local' | 'local_sms' | 'sms_http';
        entityType?: string;
        entityId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['OutboxSummary'][];
            total: number;
            limit: number;
            offset: number;
            /** @description true when more than 10000 items match: total is then 10000, a lower bound */
            totalCapped?: boolean;
          };
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  getOutboxMessage: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OutboxMessage'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  retryOutboxMessage: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OutboxMessage'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  listCommunicationMessage: {
    parameters: {
      query: {
        offset: number;
        limit: number;
        /** @description Comma-separated first-level attributes (TMF630) */
        fields?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id?: string;
            href?: string;
            messageType?: string;
            subject?: string;
            description?: string;
            state?: string;
            /** Format: date-time */
            sendTime?: string;
            /** Format: date-time */
            sendTimeComplete?: string;
            tryTimes?: number;
            receiver?: {
              email?: string;
              phoneNumber?: string;
            }[];
            sender?: {
              name: string;
            };
            characteristic?: {
              name: string;
              valueType: string;
              value: string;
            }[];
            '@type'?: string;
          }[];
        };
      };
      /** @description Default Response */
      206: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id?: string;
            href?: string;
            messageType?: string;
            subject?: string;
            description?: string;
            state?: string;
            /** Format: date-time */
            sendTime?: string;
            /** Format: date-time */
            sendTimeComplete?: string;
            tryTimes?: number;
            receiver?: {
              email?: string;
              phoneNumber?: string;
            }[];
            sender?: {
              name: string;
            };
            characteristic?: {
              name: string;
              valueType: string;
              value: string;
            }[];
            '@type'?: string;
          }[];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  retrieveCommunicationMessage: {
    parameters: {
      query?: {
        fields?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id?: string;
            href?: string;
            messageType?: string;
            subject?: string;
            description?: string;
            state?: string;
            /** Format: date-time */
            sendTime?: string;
            /** Format: date-time */
            sendTimeComplete?: string;
            tryTimes?: number;
            receiver?: {
              email?: string;
              phoneNumber?: string;
            }[];
            sender?: {
              name: string;
            };
            characteristic?: {
              name: string;
              valueType: string;
              value: string;
            }[];
            '@type'?: string;
          };
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  listPendingActions: {
    parameters: {
      query: {
        limit: number;
        offset: number;
        /** @description This list has a fixed order. */
        sort?: string;
        status?: 'scheduled' | 'done' | 'cancelled' | 'failed';
        entityType?: string;
        entityId?: string;
        accountId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['PendingAction'][];
            total: number;
            limit: number;
            offset: number;
            /** @description true when more than 10000 items match: total is then 10000, a lower bound */
            totalCapped?: boolean;
          };
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  getPendingAction: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PendingAction'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  cancelPendingAction: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PendingAction'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  listAccounts: {
    parameters: {
      query: {
        limit: number;
        offset: number;
        /** @description Comma-separated, "-" for descending. Fields: displayName, reference, createdAt, billingDay */
        sort?: string;
        /** @description Searches names, company name, e-mails, reference, SIRET and phone numbers (any format); lines add MSISDN and ICCID */
        q?: string;
        kind?: 'person' | 'business';
        status?: 'active' | 'closed';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['Account'][];
            total: number;
            limit: number;
            offset: number;
            /** @description true when more than 10000 items match: total is then 10000, a lower bound */
            totalCapped?: boolean;
          };
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  createAccount: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          kind: 'person' | 'business';
          companyType?: string;
          companyName?: string;
          siret?: string;
          /** @description il_company: company number (ח.פ.); il_identity: identity number (ת.ז.) */
          nationalIdKind?: 'il_company' | 'il_identity';
          nationalId?: string;
          firstName?: string;
          lastName?: string;
          email: string;
          phone?: string;
          /** @description ISO 3166-1 alpha-2 (FR, IL…) */
          country?: string;
          /** @description CAL-06: day of the month, 1–31 (29–31 fall on a shorter month’s last day) */
          billingDay: number;
          contacts?: {
            name: string;
            role?: string | null;
            email?: string | null;
            phone?: string | null;
            mobile?: string | null;
          }[];
          addresses?: {
            kind?: 'billing' | 'site';
            label?: string | null;
            line1: string;
            line2?: string | null;
            postalCode: string;
            city: string;
            /** @description ISO 3166-1 alpha-2 (FR, IL…) */
            country?: string;
          }[];
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AccountDetail'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  getAccount: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AccountDetail'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  updateAccount: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          companyType?: string | null;
          companyName?: string | null;
          siret?: string | null;
          /** @description il_company: company number (ח.פ.); il_identity: identity number (ת.ז.) */
          nationalIdKind?: 'il_company' | 'il_identity';
          nationalId?: string | null;
          firstName?: string | null;
          lastName?: string | null;
          email?: string;
          phone?: string | null;
          /** @description ISO 3166-1 alpha-2 (FR, IL…) */
          country?: string;
          /** @description CAL-06: day of the month, 1–31 (29–31 fall on a shorter month’s last day) */
          billingDay?: number;
          status?: 'active' | 'closed';
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AccountDetail'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  getAccountHistory: {
    parameters: {
      query: {
        limit: number;
        offset: number;
        /** @description This list has a fixed order. */
        sort?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['AuditEvent'][];
            total: number;
            limit: number;
            offset: number;
            /** @description true when more than 10000 items match: total is then 10000, a lower bound */
            totalCapped?: boolean;
          };
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  createAccountContact: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
          role?: string | null;
          email?: string | null;
          phone?: string | null;
          mobile?: string | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AccountContact'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  deleteAccountContact: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        contactId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description No content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  updateAccountContact: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        contactId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name?: string;
          role?: string | null;
          email?: string | null;
          phone?: string | null;
          mobile?: string | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AccountContact'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  createAccountAddress: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          kind?: 'billing' | 'site';
          label?: string | null;
          line1: string;
          line2?: string | null;
          postalCode: string;
          city: string;
          /** @description ISO 3166-1 alpha-2 (FR, IL…) */
          country?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AccountAddress'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  deleteAccountAddress: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        addressId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description No content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  updateAccountAddress: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        addressId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          kind?: 'billing' | 'site';
          label?: string | null;
          line1?: string;
          line2?: string | null;
          postalCode?: string;
          city?: string;
          /** @description ISO 3166-1 alpha-2 (FR, IL…) */
          country?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AccountAddress'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  listCustomer: {
    parameters: {
      query: {
        offset: number;
        limit: number;
        /** @description Comma-separated first-level attributes (TMF630) */
        fields?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id?: string;
            href?: string;
            name?: string;
            status?: string;
            engagedParty?: {
              id: string;
              href?: string;
              name?: string;
              role?: string;
              '@referredType': string;
            };
            contactMedium?: {
              mediumType: string;
              preferred?: boolean;
              characteristic: {
                contactType?: string;
                emailAddress?: string;
                phoneNumber?: string;
                street1?: string;
                street2?: string;
                postCode?: string;
                city?: string;
                country?: string;
              };
            }[];
            characteristic?: {
              name: string;
              valueType: string;
              value: string | number;
            }[];
            relatedParty?: {
              id: string;
              href?: string;
              name?: string;
              role?: string;
              '@referredType': string;
            }[];
            validFor?: {
              /** Format: date-time */
              startDateTime: string;
              /** Format: date-time */
              endDateTime?: string;
            };
            '@type'?: string;
            '@baseType'?: string;
          }[];
        };
      };
      /** @description Default Response */
      206: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id?: string;
            href?: string;
            name?: string;
            status?: string;
            engagedParty?: {
              id: string;
              href?: string;
              name?: string;
              role?: string;
              '@referredType': string;
            };
            contactMedium?: {
              mediumType: string;
              preferred?: boolean;
              characteristic: {
                contactType?: string;
                emailAddress?: string;
                phoneNumber?: string;
                street1?: string;
                street2?: string;
                postCode?: string;
                city?: string;
                country?: string;
              };
            }[];
            characteristic?: {
              name: string;
              valueType: string;
              value: string | number;
            }[];
            relatedParty?: {
              id: string;
              href?: string;
              name?: string;
              role?: string;
              '@referredType': string;
            }[];
            validFor?: {
              /** Format: date-time */
              startDateTime: string;
              /** Format: date-time */
              endDateTime?: string;
            };
            '@type'?: string;
            '@baseType'?: string;
          }[];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  createCustomer: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
          engagedParty: {
            id?: string;
            href?: string;
            name?: string;
            role?: string;
            /** @description Organization or Individual */
            '@referredType': string;
          };
          contactMedium?: {
            mediumType: string;
            preferred?: boolean;
            characteristic: {
              [key: string]: unknown;
            };
          }[];
          characteristic?: {
            name: string;
            valueType?: string;
            value: unknown;
          }[];
          relatedParty?: {
            id?: string;
            name: string;
            role?: string;
            '@referredType'?: string;
          }[];
          '@type'?: string;
          '@baseType'?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TmfCustomer'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  retrieveCustomer: {
    parameters: {
      query?: {
        fields?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id?: string;
            href?: string;
            name?: string;
            status?: string;
            engagedParty?: {
              id: string;
              href?: string;
              name?: string;
              role?: string;
              '@referredType': string;
            };
            contactMedium?: {
              mediumType: string;
              preferred?: boolean;
              characteristic: {
                contactType?: string;
                emailAddress?: string;
                phoneNumber?: string;
                street1?: string;
                street2?: string;
                postCode?: string;
                city?: string;
                country?: string;
              };
            }[];
            characteristic?: {
              name: string;
              valueType: string;
              value: string | number;
            }[];
            relatedParty?: {
              id: string;
              href?: string;
              name?: string;
              role?: string;
              '@referredType': string;
            }[];
            validFor?: {
              /** Format: date-time */
              startDateTime: string;
              /** Format: date-time */
              endDateTime?: string;
            };
            '@type'?: string;
            '@baseType'?: string;
          };
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  patchCustomer: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          status?: string;
          contactMedium?: {
            mediumType: string;
            preferred?: boolean;
            characteristic: {
              [key: string]: unknown;
            };
          }[];
          characteristic?: {
            name: string;
            valueType?: string;
            value: unknown;
          }[];
          '@type'?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TmfCustomer'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  listHeldCustomers: {
    parameters: {
      query: {
        limit: number;
        offset: number;
        /** @description This list has a fixed order. */
        sort?: string;
        state?: 'held' | 'released' | 'rejected';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['HeldCustomer'][];
            total: number;
            limit: number;
            offset: number;
            /** @description true when more than 10000 items match: total is then 10000, a lower bound */
            totalCapped?: boolean;
          };
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  rejectHeldCustomer: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HeldCustomer'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  completeHeldCustomer: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          kind: 'person' | 'business';
          companyType?: string;
          companyName?: string;
          siret?: string;
          /** @description il_company: company number (ח.פ.); il_identity: identity number (ת.ז.) */
          nationalIdKind?: 'il_company' | 'il_identity';
          nationalId?: string;
          firstName?: string;
          lastName?: string;
          email: string;
          phone?: string;
          /** @description ISO 3166-1 alpha-2 (FR, IL…) */
          country?: string;
          /** @description CAL-06: day of the month, 1–31 (29–31 fall on a shorter month’s last day) */
          billingDay: number;
          contacts?: {
            name: string;
            role?: string | null;
            email?: string | null;
            phone?: string | null;
            mobile?: string | null;
          }[];
          addresses?: {
            kind?: 'billing' | 'site';
            label?: string | null;
            line1: string;
            line2?: string | null;
            postalCode: string;
            city: string;
            /** @description ISO 3166-1 alpha-2 (FR, IL…) */
            country?: string;
          }[];
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AccountDetail'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  releaseHeldCustomer: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          accountId: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HeldCustomer'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  listCatalogOffers: {
    parameters: {
      query: {
        limit: number;
        offset: number;
        /** @description Comma-separated, "-" for descending. Fields: position, name, network, range, envelopeMb */
        sort?: string;
        network?: 'orange' | 'bouygues';
        range?: 'unlimited' | 'travel' | 'data_only' | 'payg' | 'data_payg' | 'm2m';
        blocked?: boolean;
        /** @description Searches the offer name and code */
        q?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['CatalogOffer'][];
            total: number;
            limit: number;
            offset: number;
          };
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  getCatalogOffer: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description Stable offer code, e.g. orange-unlimited-50gb-blocked */
            id: string;
            catalogVersion: string;
            network: 'orange' | 'bouygues';
            range: 'unlimited' | 'travel' | 'data_only' | 'payg' | 'data_payg' | 'm2m';
            name: string;
            envelopeMb: number | null;
            blocked: boolean | null;
            fiveG: boolean;
            voice: boolean;
            sms: boolean;
            roaming: boolean;
            numberLength: number;
            numberAssignment: 'random_from_stock' | 'chosen_at_order' | 'given_by_operator';
            sessionLimit: number | null;
            esimAllowed: boolean;
            recharge: 'any' | 'same_volume' | 'none';
            roamingZonesAtOrder: ('usa_canada' | 'maghreb_turkey' | 'rest_of_world' | 'europe' | 'world')[];
            includes: string[];
            prices: components['schemas']['CatalogPrice'][];
            upcomingPrices: components['schemas']['CatalogPrice'][];
            priceToBeSet: boolean;
            fairUse: {
              distinctCalleesPerMonth: number;
              distinctSmsMmsRecipientsPerMonth: number;
              maxCallSeconds: number;
              /** @enum {string} */
              beyond: 'billed_per_use';
              abuseMayCutLine: boolean;
              smsPerHour: {
                max: number;
                suspensionDays: number;
                bestEffort: boolean;
              } | null;
              permanentCallForwarding: boolean;
            } | null;
            blocking: {
              answers: {
                what:
                  | 'calls_international'
                  | 'sms_mms_international'
                  | 'calls_roaming'
                  | 'sms_mms_roaming'
                  | 'calls_sms_mms_france_to_eea';
                canBlock: boolean;
                atOrder: boolean;
                options: string[];
                reason: ('network' | 'no_such_usage') | null;
              }[];
              riskyRoamingDestinationsBarred: boolean;
              liftRiskyDestinationsOption: string | null;
            };
            allowedOptions: components['schemas']['CatalogOption'][];
            openingHours: {
              creation: {
                days: (1 | 2 | 3 | 4 | 5 | 6 | 7)[];
                from: string;
                to: string;
                holidaysOpen: boolean;
              } | null;
              sim_swap: {
                days: (1 | 2 | 3 | 4 | 5 | 6 | 7)[];
                from: string;
                to: string;
                holidaysOpen: boolean;
              } | null;
              esim_creation: {
                days: (1 | 2 | 3 | 4 | 5 | 6 | 7)[];
                from: string;
                to: string;
                holidaysOpen: boolean;
              } | null;
              esim_swap: {
                days: (1 | 2 | 3 | 4 | 5 | 6 | 7)[];
                from: string;
                to: string;
                holidaysOpen: boolean;
              } | null;
            };
          };
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  listCatalogOptions: {
    parameters: {
      query?: {
        network?: 'orange' | 'bouygues';
        kind?: 'esim' | 'fixed_ip' | 'roaming' | 'cutoff' | 'voice_service' | 'handset_service' | 'recharge';
        /** @description Only the options allowed on this offer */
        offer?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['CatalogOption'][];
            total: number;
          };
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  getCatalogOptionFixedIpAccess: {
    parameters: {
      query?: {
        /** @description The line number, national or +33 */
        msisdn?: string;
        /** @description When the line was delivered */
        deliveredAt?: string;
        /** @description Partner platform domain, e.g. partner2 */
        platform?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            option: string;
            network: 'orange' | 'bouygues';
            delivery: 'internet_only' | 'partner_platform';
            ipsecTunnel: boolean;
            credentialsWithinMinutes: number | null;
            partnerLogin: {
              domainSuffix: 'otd' | 'btd';
              msisdnDigits: number;
            } | null;
            login: string | null;
            credentialsBy: string | null;
          };
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  createCatalogPrice: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          itemType: 'offer' | 'option';
          itemId: string;
          component:
            | 'monthly'
            | 'monthly_minimum'
            | 'one_off'
            | 'per_minute'
            | 'per_sms'
            | 'per_mms'
            | 'per_mb'
            | 'per_mb_tiers';
          /** @description Decimal amount excl. VAT, at most 2 decimals ("7.50" or "7,50") */
          amount?: string;
          tiers?: {
            fromMb: number;
            /** @description Decimal amount excl. VAT, at most 2 decimals ("7.50" or "7,50") */
            perMb: string;
          }[];
          /**
           * Format: date
           * @description First day the price applies (tenant time zone)
           */
          effectiveDate: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            itemType: 'offer' | 'option';
            itemId: string;
            component:
              | 'monthly'
              | 'monthly_minimum'
              | 'one_off'
              | 'per_minute'
              | 'per_sms'
              | 'per_mms'
              | 'per_mb'
              | 'per_mb_tiers';
            amount: string | null;
            tiers:
              | {
                  fromMb: number;
                  perMb: string;
                }[]
              | null;
            currency: string;
            /** Format: date */
            effectiveDate: string;
            /** Format: date-time */
            effectiveFrom: string;
            /** Format: date-time */
            createdAt: string;
          };
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  listProductOffering: {
    parameters: {
      query: {
        offset: number;
        limit: number;
        /** @description Comma-separated first-level attributes (TMF630) */
        fields?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id?: string;
            href?: string;
            name?: string;
            description?: string;
            isBundle?: boolean;
            isSellable?: boolean;
            lifecycleStatus?: string;
            statusReason?: string;
            version?: string;
            validFor?: {
              /** Format: date-time */
              startDateTime: string;
            };
            productOfferingPrice?: {
              id: string;
              href?: string;
              name?: string;
              '@referredType'?: string;
            }[];
            productSpecification?: {
              id: string;
              href?: string;
              name?: string;
              '@referredType'?: string;
            };
            category?: {
              id: string;
              href?: string;
              name?: string;
              '@referredType'?: string;
            }[];
            /** @enum {string} */
            '@type'?: 'ProductOffering';
          }[];
        };
      };
      /** @description Default Response */
      206: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id?: string;
            href?: string;
            name?: string;
            description?: string;
            isBundle?: boolean;
            isSellable?: boolean;
            lifecycleStatus?: string;
            statusReason?: string;
            version?: string;
            validFor?: {
              /** Format: date-time */
              startDateTime: string;
            };
            productOfferingPrice?: {
              id: string;
              href?: string;
              name?: string;
              '@referredType'?: string;
            }[];
            productSpecification?: {
              id: string;
              href?: string;
              name?: string;
              '@referredType'?: string;
            };
            category?: {
              id: string;
              href?: string;
              name?: string;
              '@referredType'?: string;
            }[];
            /** @enum {string} */
            '@type'?: 'ProductOffering';
          }[];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  retrieveProductOffering: {
    parameters: {
      query?: {
        fields?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id?: string;
            href?: string;
            name?: string;
            description?: string;
            isBundle?: boolean;
            isSellable?: boolean;
            lifecycleStatus?: string;
            statusReason?: string;
            version?: string;
            validFor?: {
              /** Format: date-time */
              startDateTime: string;
            };
            productOfferingPrice?: {
              id: string;
              href?: string;
              name?: string;
              '@referredType'?: string;
            }[];
            productSpecification?: {
              id: string;
              href?: string;
              name?: string;
              '@referredType'?: string;
            };
            category?: {
              id: string;
              href?: string;
              name?: string;
              '@referredType'?: string;
            }[];
            /** @enum {string} */
            '@type'?: 'ProductOffering';
          };
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  importSims: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description The CSV file content (UTF-8) */
          csv: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            imported: number;
          };
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  importNumbers: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description The CSV file content (UTF-8) */
          csv: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            imported: number;
          };
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  getStockSummary: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              network: 'orange' | 'bouygues';
              kind: 'pin' | 'no_pin' | 'esim' | 'number';
              state: string;
              count: number;
            }[];
          };
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  listStockSims: {
    parameters: {
      query: {
        limit: number;
        offset: number;
        /** @description This list has a fixed order. */
        sort?: string;
        network?: 'orange' | 'bouygues';
        simType?: 'pin' | 'no_pin' | 'esim';
        state?: 'free' | 'assigned' | 'in_use' | 'retired';
        accountId?: string;
        q?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['Sim'][];
            total: number;
            limit: number;
            offset: number;
            /** @description true when more than 10000 items match: total is then 10000, a lower bound */
            totalCapped?: boolean;
          };
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  listFreeNumbers: {
    parameters: {
      query: {
        network: 'orange' | 'bouygues';
        q?: string;
        limit: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: string[];
          };
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  assignSims: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          accountId: string;
          iccid?: string;
          first?: string;
          last?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            assigned: number;
            skipped: number;
          };
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  releaseSims: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          iccid?: string;
          first?: string;
          last?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            released: number;
            skipped: number;
          };
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  listLines: {
    parameters: {
      query: {
        limit: number;
        offset: number;
        /** @description Comma-separated, "-" for descending. Fields: createdAt, activatedAt, msisdn, userName, customer, offer, state */
        sort?: string;
        accountId?: string;
        state?: 'in_progress' | 'active' | 'suspended' | 'terminated' | 'cancelled';
        network?: 'orange' | 'bouygues';
        /** @description An offer code */
        offer?: string;
        q?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['Line'][];
            total: number;
            limit: number;
            offset: number;
            /** @description true when more than 10000 items match: total is then 10000, a lower bound */
            totalCapped?: boolean;
          };
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  getLine: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Line'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  getLineTechnicalInfo: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            lineId: string;
            network: 'orange' | 'bouygues';
            apn: {
              name: string;
              apn: string;
              username: string | null;
              password: string | null;
              authentication: string;
              mcc: string;
              mnc: string;
              mmsc: string;
            };
            fixedIp: {
              option: string;
              optionName: string;
              delivery: 'internet_only' | 'partner_platform';
              apn: string;
              authentication: string;
              login: string | null;
              otherPlatformLogins: string[];
              address: string | null;
              hasPassword: boolean;
              passwordChosenByReseller: boolean;
              ipsecTunnel: boolean;
              credentialsBy: string | null;
            } | null;
            networkName: {
              name: string;
              atPowerOn: string | null;
              custom: boolean;
            };
          };
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  revealLineSecrets: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            puk: string | null;
            esimConfirmationCode: string | null;
            esimActivationCode: string | null;
            fixedIpPassword: string | null;
          };
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  getLineEsim: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            activationCode: string;
            smdpAddress: string;
            matchingId: string;
          };
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  getLineEsimQrCode: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description image/png */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': string;
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  confirmLineEsim: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          code: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            confirmed: boolean;
          };
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      423: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  resendLineEsim: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: email */
          email: string;
          mobile: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            emailQueued: boolean;
            smsQueued: boolean;
          };
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  listLineActions: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LineActions'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  suspendLine: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LineActionResult'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  reactivateLine: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LineActionResult'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  changeLinePlan: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          offerId: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LineActionResult'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  terminateLineOption: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        optionId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LineActionResult'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  addLineOption: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          optionCode: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LineActionResult'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  replaceLineOption: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        optionId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          optionCode: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LineActionResult'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  terminateLine: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date */
          date?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LineActionResult'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  listLineSimActions: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LineSimActions'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  swapLineSim: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          simType: 'pin' | 'no_pin' | 'esim';
          iccid?: string;
          /** Format: email */
          contactEmail?: string;
          contactMobile?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SimSwapResult'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  requestLineNetworkName: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NetworkNameRequest'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  completeLineNetworkName: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        requestId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NetworkNameRequest'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  cancelLineNetworkName: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        requestId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NetworkNameRequest'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  listProduct: {
    parameters: {
      query: {
        offset: number;
        limit: number;
        /** @description Comma-separated first-level attributes (TMF630) */
        fields?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id?: string;
            href?: string;
            name?: string;
            status?: string;
            isBundle?: boolean;
            isCustomerVisible?: boolean;
            /** Format: date-time */
            orderDate?: string;
            /** Format: date-time */
            startDate?: string;
            /** Format: date-time */
            terminationDate?: string;
            productSerialNumber?: string;
            productOffering?: {
              id: string;
              name: string;
              '@referredType': string;
            };
            productCharacteristic?: {
              name: string;
              valueType: string;
              value: unknown;
            }[];
            productOrderItem?: {
              orderItemId: string;
              productOrderId: string;
              productOrderHref: string;
              orderItemAction: string;
              '@referredType': string;
            }[];
            relatedParty?: {
              id: string;
              name: string;
              role: string;
              '@referredType': string;
            }[];
            '@type'?: string;
          }[];
        };
      };
      /** @description Default Response */
      206: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id?: string;
            href?: string;
            name?: string;
            status?: string;
            isBundle?: boolean;
            isCustomerVisible?: boolean;
            /** Format: date-time */
            orderDate?: string;
            /** Format: date-time */
            startDate?: string;
            /** Format: date-time */
            terminationDate?: string;
            productSerialNumber?: string;
            productOffering?: {
              id: string;
              name: string;
              '@referredType': string;
            };
            productCharacteristic?: {
              name: string;
              valueType: string;
              value: unknown;
            }[];
            productOrderItem?: {
              orderItemId: string;
              productOrderId: string;
              productOrderHref: string;
              orderItemAction: string;
              '@referredType': string;
            }[];
            relatedParty?: {
              id: string;
              name: string;
              role: string;
              '@referredType': string;
            }[];
            '@type'?: string;
          }[];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  retrieveProduct: {
    parameters: {
      query?: {
        fields?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id?: string;
            href?: string;
            name?: string;
            status?: string;
            isBundle?: boolean;
            isCustomerVisible?: boolean;
            /** Format: date-time */
            orderDate?: string;
            /** Format: date-time */
            startDate?: string;
            /** Format: date-time */
            terminationDate?: string;
            productSerialNumber?: string;
            productOffering?: {
              id: string;
              name: string;
              '@referredType': string;
            };
            productCharacteristic?: {
              name: string;
              valueType: string;
              value: unknown;
            }[];
            productOrderItem?: {
              orderItemId: string;
              productOrderId: string;
              productOrderHref: string;
              orderItemAction: string;
              '@referredType': string;
            }[];
            relatedParty?: {
              id: string;
              name: string;
              role: string;
              '@referredType': string;
            }[];
            '@type'?: string;
          };
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  listHeldOrders: {
    parameters: {
      query: {
        limit: number;
        offset: number;
        /** @description This list has a fixed order. */
        sort?: string;
        state?: 'held' | 'released' | 'rejected';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['HeldOrder'][];
            total: number;
            limit: number;
            offset: number;
            /** @description true when more than 10000 items match: total is then 10000, a lower bound */
            totalCapped?: boolean;
          };
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  rejectHeldOrder: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HeldOrder'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  completeHeldOrder: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          accountId: string;
          configuration: 'unit' | 'multiple';
          lines: {
            offer: string;
            options?: string[];
            userName: string;
            /** Format: uuid */
            siteId?: string;
            simType: 'pin' | 'no_pin' | 'esim';
            iccid?: string;
            portability: boolean;
            portNumber?: string;
            rio?: string;
            /** Format: date */
            activationDate?: string;
            number?: string;
            /** Format: email */
            esimContactEmail?: string;
            esimContactMobile?: string;
          }[];
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Order'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  releaseHeldOrder: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          orderId: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HeldOrder'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  listOrders: {
    parameters: {
      query: {
        limit: number;
        offset: number;
        /** @description This list has a fixed order. */
        sort?: string;
        accountId?: string;
        state?: 'queued' | 'in_progress' | 'completed' | 'failed' | 'cancelled';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['Order'][];
            total: number;
            limit: number;
            offset: number;
            /** @description true when more than 10000 items match: total is then 10000, a lower bound */
            totalCapped?: boolean;
          };
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  createOrder: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          accountId: string;
          configuration: 'unit' | 'multiple';
          lines: {
            offer: string;
            options?: string[];
            userName: string;
            /** Format: uuid */
            siteId?: string;
            simType: 'pin' | 'no_pin' | 'esim';
            iccid?: string;
            portability: boolean;
            portNumber?: string;
            rio?: string;
            /** Format: date */
            activationDate?: string;
            number?: string;
            /** Format: email */
            esimContactEmail?: string;
            esimContactMobile?: string;
          }[];
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Order'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  getOrder: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Order'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  listCharges: {
    parameters: {
      query: {
        limit: number;
        offset: number;
        /** @description This list has a fixed order. */
        sort?: string;
        accountId: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              accountId: string;
              lineId: string | null;
              msisdn: string | null;
              orderId: string | null;
              kind: 'one_off' | 'first_month' | 'monthly' | 'usage' | 'usage_minimum';
              itemType: string;
              itemCode: string;
              itemName: string;
              amount: string;
              monthly: string | null;
              currency: string;
              vatIncluded: boolean;
              periodStart: string | null;
              periodEnd: string | null;
              /** Format: date-time */
              createdAt: string;
            }[];
            total: number;
            limit: number;
            offset: number;
            /** @description true when more than 10000 items match: total is then 10000, a lower bound */
            totalCapped?: boolean;
          };
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  listProductOrder: {
    parameters: {
      query: {
        offset: number;
        limit: number;
        /** @description Comma-separated first-level attributes (TMF630) */
        fields?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id?: string;
            href?: string;
            externalId?: string;
            /** Format: date-time */
            orderDate?: string;
            /** Format: date-time */
            requestedStartDate?: string;
            /** Format: date-time */
            completionDate?: string;
            description?: string;
            priority?: string;
            state?: string;
            productOrderItem?: {
              id: string;
              action: string;
              state: string;
              quantity: number;
              productOffering?: {
                id: string;
                href: string;
                '@referredType': string;
              };
              product?: {
                id: string;
                href: string;
                '@type': string;
              };
            }[];
            relatedParty?: {
              id: string;
              href?: string;
              name?: string;
              role?: string;
              '@referredType'?: string;
            }[];
            '@type'?: string;
          }[];
        };
      };
      /** @description Default Response */
      206: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id?: string;
            href?: string;
            externalId?: string;
            /** Format: date-time */
            orderDate?: string;
            /** Format: date-time */
            requestedStartDate?: string;
            /** Format: date-time */
            completionDate?: string;
            description?: string;
            priority?: string;
            state?: string;
            productOrderItem?: {
              id: string;
              action: string;
              state: string;
              quantity: number;
              productOffering?: {
                id: string;
                href: string;
                '@referredType': string;
              };
              product?: {
                id: string;
                href: string;
                '@type': string;
              };
            }[];
            relatedParty?: {
              id: string;
              href?: string;
              name?: string;
              role?: string;
              '@referredType'?: string;
            }[];
            '@type'?: string;
          }[];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  createProductOrder: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          externalId?: string;
          relatedParty?: {
            id: string;
            role?: string;
            name?: string;
            '@referredType'?: string;
          }[];
          productOrderItem: {
            id: string;
            /** @enum {string} */
            action: 'add';
            quantity?: number;
            productOffering?: {
              id: string;
            };
            product?: {
              productCharacteristic?: {
                name: string;
                value: unknown;
              }[];
            };
          }[];
          '@type'?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TmfProductOrder'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  retrieveProductOrder: {
    parameters: {
      query?: {
        fields?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id?: string;
            href?: string;
            externalId?: string;
            /** Format: date-time */
            orderDate?: string;
            /** Format: date-time */
            requestedStartDate?: string;
            /** Format: date-time */
            completionDate?: string;
            description?: string;
            priority?: string;
            state?: string;
            productOrderItem?: {
              id: string;
              action: string;
              state: string;
              quantity: number;
              productOffering?: {
                id: string;
                href: string;
                '@referredType': string;
              };
              product?: {
                id: string;
                href: string;
                '@type': string;
              };
            }[];
            relatedParty?: {
              id: string;
              href?: string;
              name?: string;
              role?: string;
              '@referredType'?: string;
            }[];
            '@type'?: string;
          };
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  patchProductOrder: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          description?: string | null;
          priority?: string | null;
          state?: string;
          '@type'?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TmfProductOrder'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  getSupportNotice: {
    parameters: {
      query: {
        service: 'adsl' | 'sdsl' | 'vga' | 'fibre' | 'cable' | 'mobile';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            checks: string[];
            minimum: {
              /** @description Minor units (cents) */
              amount: number;
              currency: string;
              /** @description false: € HT */
              vatIncluded: boolean;
            } | null;
          };
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  getSupportTariff: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            labelFr: string;
            labelEn: string;
            services: ('adsl' | 'sdsl' | 'vga' | 'fibre' | 'cable' | 'mobile')[];
            amount: {
              /** @description Minor units (cents) */
              amount: number;
              currency: string;
              /** @description false: € HT */
              vatIncluded: boolean;
            } | null;
            onQuote: boolean;
            kind: 'qualification' | 'fee';
          }[];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  listSupportOperators: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            name: string;
            email: string;
            services: ('adsl' | 'sdsl' | 'vga' | 'fibre' | 'cable' | 'mobile')[];
            template: 'openip' | 'generic';
            requiredInfo: string[];
          }[];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  listIncidents: {
    parameters: {
      query: {
        limit: number;
        offset: number;
        /** @description This list has a fixed order. */
        sort?: string;
        state?:
          | 'new'
          | 'diagnosis'
          | 'waiting_customer'
          | 'with_operator'
          | 'intervention_planned'
          | 'resolved'
          | 'closed';
        priority?: 'critical' | 'high' | 'normal' | 'low';
        service?: 'adsl' | 'sdsl' | 'vga' | 'fibre' | 'cable' | 'mobile';
        accountId?: string;
        /** @description true: only the incidents « à rattacher » */
        unattached?: boolean;
        slaRisk?: 'at_risk' | 'breached';
        open?: boolean;
        operator?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['Incident'][];
            total: number;
            limit: number;
            offset: number;
            /** @description true when more than 10000 items match: total is then 10000, a lower bound */
            totalCapped?: boolean;
          };
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  createIncident: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          accountId: string;
          service: 'adsl' | 'sdsl' | 'vga' | 'fibre' | 'cable' | 'mobile';
          /** @description CS-01: where the contact came from */
          channel: 'phone' | 'email' | 'chat' | 'web_form' | 'social' | 'post' | 'shop';
          priority: 'critical' | 'high' | 'normal' | 'low';
          title: string;
          description?: string;
          /** @description Default: the operator of the service */
          operatorCode?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IncidentDetail'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  getIncident: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IncidentDetail'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  updateIncident: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          siteContactName?: string | null;
          siteContactPhone?: string | null;
          siteOpeningHours?: string | null;
          modemMakeModel?: string | null;
          routerMakeModel?: string | null;
          modemLedStates?: string | null;
          priority?: 'critical' | 'high' | 'normal' | 'low';
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IncidentDetail'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  attachIncident: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          accountId: string;
          service?: 'adsl' | 'sdsl' | 'vga' | 'fibre' | 'cable' | 'mobile';
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IncidentDetail'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  addIncidentContact: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description CS-01: where the contact came from */
          channel: 'phone' | 'email' | 'chat' | 'web_form' | 'social' | 'post' | 'shop';
          direction: 'inbound' | 'outbound';
          summary: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IncidentDetail'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  recordIncidentCheck: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description SUP-02 check */
          check:
            | 'restart'
            | 'internal_wiring'
            | 'electrical_disturbances'
            | 'modem_head_of_line'
            | 'modem_swap'
            | 'cabling';
          by: string;
          /** Format: date-time */
          at?: string;
          /** @description CS-01: where the contact came from */
          channel: 'phone' | 'email' | 'chat' | 'web_form' | 'social' | 'post' | 'shop';
          text: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IncidentDetail'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  transitionIncident: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          to:
            | 'new'
            | 'diagnosis'
            | 'waiting_customer'
            | 'with_operator'
            | 'intervention_planned'
            | 'resolved'
            | 'closed';
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IncidentDetail'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  recordIncidentConsent: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          by: string;
          /** Format: date-time */
          at?: string;
          /** @description CS-01: where the contact came from */
          channel: 'phone' | 'email' | 'chat' | 'web_form' | 'social' | 'post' | 'shop';
          text: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IncidentDetail'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  requestIncidentIntervention: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          kind: 'on_site' | 'expertise' | 'sav_plus';
          /** Format: date-time */
          slotStart: string;
          /** Format: date-time */
          slotEnd: string;
          address: string;
          reachablePhones: string[];
          referent?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IncidentDetail'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  qualifyIncidentIntervention: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        interventionId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          qualification: string;
          quoteAmountCents?: number;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IncidentDetail'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  cancelIncidentIntervention: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        interventionId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': Record<string, never>;
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IncidentDetail'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  recordSavPlusStep: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        interventionId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description SUP-08 point of the line */
          step: 'site_tests' | 'main_frame' | 'sub_frame' | 'concentration_point' | 'second_site_visit';
          faultShown: boolean;
          speed: {
            down: number;
            up: number;
            unit: 'kbit/s' | 'Mbit/s';
          };
          /** Format: date-time */
          measuredAt?: string;
          note?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IncidentDetail'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  remindOperatorOfIntervention: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        interventionId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': Record<string, never>;
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IncidentDetail'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  contestIncidentCharge: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        chargeId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          text: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IncidentDetail'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  acceptIncidentCharge: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        chargeId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': Record<string, never>;
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IncidentDetail'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  rescheduleIncidentIntervention: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        interventionId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date-time */
          slotStart: string;
          /** Format: date-time */
          slotEnd: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IncidentDetail'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  updateIncidentConsent: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        consentId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          [key: string]: unknown;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IncidentDetail'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  getInterventionCalendar: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        interventionId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': string;
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  listTroubleTicket: {
    parameters: {
      query: {
        offset: number;
        limit: number;
        /** @description Comma-separated first-level attributes (TMF630) */
        fields?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id?: string;
            href?: string;
            name?: string;
            description?: string;
            severity?: string;
            priority?: string;
            ticketType?: string;
            status?: string;
            /** Format: date-time */
            creationDate?: string;
            /** Format: date-time */
            lastUpdate?: string;
            /** Format: date-time */
            resolutionDate?: string;
            channel?: {
              id: string;
              name: string;
            };
            relatedParty?: {
              id: string;
              name?: string;
              role?: string;
              '@referredType': string;
            }[];
            relatedEntity?: {
              id: string;
              name: string;
              role: string;
              '@referredType': string;
            }[];
            '@type'?: string;
          }[];
        };
      };
      /** @description Default Response */
      206: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id?: string;
            href?: string;
            name?: string;
            description?: string;
            severity?: string;
            priority?: string;
            ticketType?: string;
            status?: string;
            /** Format: date-time */
            creationDate?: string;
            /** Format: date-time */
            lastUpdate?: string;
            /** Format: date-time */
            resolutionDate?: string;
            channel?: {
              id: string;
              name: string;
            };
            relatedParty?: {
              id: string;
              name?: string;
              role?: string;
              '@referredType': string;
            }[];
            relatedEntity?: {
              id: string;
              name: string;
              role: string;
              '@referredType': string;
            }[];
            '@type'?: string;
          }[];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  createTroubleTicket: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          description: string;
          severity: string;
          /** @description The kind of ticket: incident, request, complaint… (TMF621) */
          ticketType: string;
          name?: string;
          priority?: string;
          externalId?: string;
          channel?: {
            id?: string;
            name?: string;
          };
          relatedParty?: {
            id: string;
            href?: string;
            role?: string;
            name?: string;
            '@referredType'?: string;
          }[];
          relatedEntity?: {
            id: string;
            href?: string;
            name?: string;
            role?: string;
            '@referredType'?: string;
          }[];
          '@type'?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TmfTroubleTicket'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  retrieveTroubleTicket: {
    parameters: {
      query?: {
        fields?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id?: string;
            href?: string;
            name?: string;
            description?: string;
            severity?: string;
            priority?: string;
            ticketType?: string;
            status?: string;
            /** Format: date-time */
            creationDate?: string;
            /** Format: date-time */
            lastUpdate?: string;
            /** Format: date-time */
            resolutionDate?: string;
            channel?: {
              id: string;
              name: string;
            };
            relatedParty?: {
              id: string;
              name?: string;
              role?: string;
              '@referredType': string;
            }[];
            relatedEntity?: {
              id: string;
              name: string;
              role: string;
              '@referredType': string;
            }[];
            '@type'?: string;
          };
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  patchTroubleTicket: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          status?: string;
          priority?: string;
          severity?: string;
          statusChangeReason?: string;
          '@type'?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TmfTroubleTicket'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  listAppointment: {
    parameters: {
      query: {
        offset: number;
        limit: number;
        /** @description Comma-separated first-level attributes (TMF630) */
        fields?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id?: string;
            href?: string;
            category?: string;
            status?: string;
            /** Format: date-time */
            creationDate?: string;
            /** Format: date-time */
            lastUpdate?: string;
            externalId?: string;
            validFor?: {
              /** Format: date-time */
              startDateTime: string;
              /** Format: date-time */
              endDateTime: string;
            };
            description?: string;
            contactMedium?: {
              mediumType: string;
              preferred: boolean;
              characteristic: {
                phoneNumber: string;
              };
            }[];
            relatedEntity?: {
              id: string;
              name?: string;
              role?: string;
              '@referredType': string;
            }[];
            relatedPlace?: {
              id: string;
              name: string;
              role: string;
              '@referredType': string;
            };
            '@type'?: string;
          }[];
        };
      };
      /** @description Default Response */
      206: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id?: string;
            href?: string;
            category?: string;
            status?: string;
            /** Format: date-time */
            creationDate?: string;
            /** Format: date-time */
            lastUpdate?: string;
            externalId?: string;
            validFor?: {
              /** Format: date-time */
              startDateTime: string;
              /** Format: date-time */
              endDateTime: string;
            };
            description?: string;
            contactMedium?: {
              mediumType: string;
              preferred: boolean;
              characteristic: {
                phoneNumber: string;
              };
            }[];
            relatedEntity?: {
              id: string;
              name?: string;
              role?: string;
              '@referredType': string;
            }[];
            relatedPlace?: {
              id: string;
              name: string;
              role: string;
              '@referredType': string;
            };
            '@type'?: string;
          }[];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  createAppointment: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          validFor: {
            /** Format: date-time */
            startDateTime: string;
            /** Format: date-time */
            endDateTime: string;
          };
          /** @description on_site, expertise or sav_plus */
          category?: string;
          description?: string;
          externalId?: string;
          relatedEntity?: {
            id: string;
            name?: string;
            role?: string;
            '@referredType'?: string;
          }[];
          relatedPlace?: {
            name: string;
            id?: string;
            role?: string;
            '@referredType'?: string;
          };
          contactMedium?: {
            mediumType: string;
            preferred?: boolean;
            characteristic: {
              phoneNumber: string;
            };
          }[];
          relatedParty?: {
            id?: string;
            name: string;
            role?: string;
            '@referredType'?: string;
          }[];
          '@type'?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TmfAppointment'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  retrieveAppointment: {
    parameters: {
      query?: {
        fields?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id?: string;
            href?: string;
            category?: string;
            status?: string;
            /** Format: date-time */
            creationDate?: string;
            /** Format: date-time */
            lastUpdate?: string;
            externalId?: string;
            validFor?: {
              /** Format: date-time */
              startDateTime: string;
              /** Format: date-time */
              endDateTime: string;
            };
            description?: string;
            contactMedium?: {
              mediumType: string;
              preferred: boolean;
              characteristic: {
                phoneNumber: string;
              };
            }[];
            relatedEntity?: {
              id: string;
              name?: string;
              role?: string;
              '@referredType': string;
            }[];
            relatedPlace?: {
              id: string;
              name: string;
              role: string;
              '@referredType': string;
            };
            '@type'?: string;
          };
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  listHeldAppointments: {
    parameters: {
      query: {
        limit: number;
        offset: number;
        /** @description This list has a fixed order. */
        sort?: string;
        state?: 'held' | 'completed' | 'rejected';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['HeldAppointment'][];
            total: number;
            limit: number;
            offset: number;
            /** @description true when more than 10000 items match: total is then 10000, a lower bound */
            totalCapped?: boolean;
          };
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  rejectHeldAppointment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HeldAppointment'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  completeHeldAppointment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          incidentId: string;
          kind: 'on_site' | 'expertise' | 'sav_plus';
          /** Format: date-time */
          slotStart: string;
          /** Format: date-time */
          slotEnd: string;
          address: string;
          reachablePhones: string[];
          referent?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HeldAppointment'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  exportChargesCsv: {
    parameters: {
      query?: {
        accountId?: string;
        /** @description First day (a charge’s period start, or the day a one-off fee was written) */
        from?: string;
        /** @description Last day, inclusive */
        to?: string;
        lang?: 'fr' | 'en';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description text/csv */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': string;
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  getChargeTotals: {
    parameters: {
      query?: {
        accountId?: string;
        /** @description First day (a charge’s period start, or the day a one-off fee was written) */
        from?: string;
        /** @description Last day, inclusive */
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              currency: string;
              vatIncluded: boolean;
              count: number;
              total: string;
            }[];
          };
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  getLineRecharges: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LineRecharges'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  orderLineRecharge: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description A catalog recharge the line’s plan takes */
          option: string;
          /** @description USE-06: true confirms a recharge ordered within 30 minutes of another one on the line is not a double order */
          confirmDuplicate?: boolean;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UsageRecharge'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  getLineDataChart: {
    parameters: {
      query?: {
        /** @description YYYY-MM, one of the 3 viewable months */
        month?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LineDataChart'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  listLinesNearEnvelope: {
    parameters: {
      query: {
        limit: number;
        offset: number;
        /** @description Comma-separated, "-" for descending. Fields: percent, usedBytes, envelopeBytes, msisdn, accountName */
        sort?: string;
        /** @description Only lines at or above this share of their envelope */
        minPercent?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              /** Format: uuid */
              lineId: string;
              msisdn: string | null;
              userName: string;
              /** Format: uuid */
              accountId: string;
              accountName: string;
              offer: string;
              offerName: string;
              usedBytes: number;
              envelopeBytes: number;
              /** @description Share of the envelope used (may exceed 100) */
              percent: number;
              dataState: 'data_blocked' | 'throttled' | null;
            }[];
            total: number;
            limit: number;
            offset: number;
            /** @description true when more than 10000 items match: total is then 10000, a lower bound */
            totalCapped?: boolean;
          };
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  listUsageImports: {
    parameters: {
      query: {
        limit: number;
        offset: number;
        /** @description This list has a fixed order. */
        sort?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['UsageImport'][];
            total: number;
            limit: number;
            offset: number;
            /** @description true when more than 10000 items match: total is then 10000, a lower bound */
            totalCapped?: boolean;
          };
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  importUsage: {
    parameters: {
      query?: {
        /** @description The file’s name, shown on the imports page */
        filename?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description The CDR file (UTF-8 CSV with its header row) */
    requestBody: {
      content: {
        'text/csv': string;
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UsageImport'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  getUsageImport: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UsageImport'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  exportUsageImportRejectsCsv: {
    parameters: {
      query?: {
        lang?: 'fr' | 'en';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description text/csv */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': string;
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  getLineUsage: {
    parameters: {
      query: {
        /** @description YYYY-MM, one of the 3 viewable months */
        month?: string;
        /** @description Journal filter */
        kind?: 'all' | 'voice' | 'sva' | 'sms_mms' | 'data';
        limit: number;
        offset: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LineUsage'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  getLineUsageLimits: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LineUsageLimits'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  setRoamingCutoff: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        zone: 'usa_canada' | 'maghreb_turkey' | 'rest_of_world' | 'europe' | 'world';
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description The catalog code of the zone’s new cut-off */
          option: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LineUsageLimits'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  setDataThreshold: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description CAT-09: the data threshold in GB (1 to 100) */
          gb: number;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LineUsageLimits'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  listUsage: {
    parameters: {
      query: {
        offset: number;
        limit: number;
        /** @description Comma-separated first-level attributes (TMF630) */
        fields?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id?: string;
            href?: string;
            description?: string;
            /** Format: date-time */
            usageDate?: string;
            usageType?: string;
            status?: string;
            usageCharacteristic?: {
              name: string;
              valueType: string;
              value: string | number;
            }[];
            relatedParty?: {
              id: string;
              href?: string;
              name?: string;
              role?: string;
              '@referredType': string;
            }[];
            ratedProductUsage?: {
              isBilled: boolean;
              usageRatingTag: string;
              ratingAmountType: string;
              taxExcludedRatingAmount?: {
                unit: string;
                value: number;
              };
              productRef: {
                id: string;
                href: string;
                name?: string;
                '@referredType': string;
              };
              '@type': string;
            }[];
            '@type'?: string;
          }[];
        };
      };
      /** @description Default Response */
      206: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id?: string;
            href?: string;
            description?: string;
            /** Format: date-time */
            usageDate?: string;
            usageType?: string;
            status?: string;
            usageCharacteristic?: {
              name: string;
              valueType: string;
              value: string | number;
            }[];
            relatedParty?: {
              id: string;
              href?: string;
              name?: string;
              role?: string;
              '@referredType': string;
            }[];
            ratedProductUsage?: {
              isBilled: boolean;
              usageRatingTag: string;
              ratingAmountType: string;
              taxExcludedRatingAmount?: {
                unit: string;
                value: number;
              };
              productRef: {
                id: string;
                href: string;
                name?: string;
                '@referredType': string;
              };
              '@type': string;
            }[];
            '@type'?: string;
          }[];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  createUsage: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description The instant the usage started, ISO 8601 with its offset (the CDR’s start) */
          usageDate: string;
          /** @description voice (seconds), sms, mms, data (bytes) or sva (seconds): the CDR’s kind */
          usageType: string;
          /** @description recordId (the operator’s id: the record is counted once), msisdn, direction (out, in), zone, destinationZone, quantity, calledNumber, svaPrice */
          usageCharacteristic: {
            name: string;
            value: string | number;
            valueType?: string;
            id?: string;
            '@type'?: string;
          }[];
          description?: string;
          /** @description Ignored: the line’s customer is the related party */
          relatedParty?: {
            id: string;
            href?: string;
            name?: string;
            role?: string;
            '@referredType'?: string;
            '@type'?: string;
          }[];
          usageSpecification?: {
            id: string;
            href?: string;
            name?: string;
            role?: string;
            '@referredType'?: string;
            '@type'?: string;
          };
          '@type'?: string;
          '@baseType'?: string;
          '@schemaLocation'?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TmfUsage'];
        };
      };
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TmfUsage'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  retrieveUsage: {
    parameters: {
      query?: {
        fields?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id?: string;
            href?: string;
            description?: string;
            /** Format: date-time */
            usageDate?: string;
            usageType?: string;
            status?: string;
            usageCharacteristic?: {
              name: string;
              valueType: string;
              value: string | number;
            }[];
            relatedParty?: {
              id: string;
              href?: string;
              name?: string;
              role?: string;
              '@referredType': string;
            }[];
            ratedProductUsage?: {
              isBilled: boolean;
              usageRatingTag: string;
              ratingAmountType: string;
              taxExcludedRatingAmount?: {
                unit: string;
                value: number;
              };
              productRef: {
                id: string;
                href: string;
                name?: string;
                '@referredType': string;
              };
              '@type': string;
            }[];
            '@type'?: string;
          };
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  createQueryUsageConsumption: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          searchCriteria: {
            /** @description The line’s number (MSISDN) as id */
            logicalResource?: {
              id: string;
              href?: string;
              name?: string;
              '@referredType'?: string;
              '@type'?: string;
            }[];
            /** @description The line as a TMF637 product id */
            product?: {
              id: string;
              href?: string;
              name?: string;
              '@referredType'?: string;
              '@type'?: string;
            }[];
            validPeriod?: {
              /**
               * Format: date-time
               * @description An instant of the month asked for (one of the 3 viewable months); default: now
               */
              startDateTime?: string;
              /** Format: date-time */
              endDateTime?: string;
            };
            '@type'?: string;
          };
          /** Format: date-time */
          queryUsageConsumptionDate?: string;
          '@type'?: string;
          '@baseType'?: string;
          '@schemaLocation'?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TmfQueryUsageConsumption'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  retrieveQueryUsageConsumption: {
    parameters: {
      query?: {
        fields?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id?: string;
            href?: string;
            /** Format: date-time */
            queryUsageConsumptionDate?: string;
            searchCriteria?: {
              product: {
                id: string;
                href: string;
                name: string;
                '@referredType': string;
              }[];
              logicalResource?: {
                id: string;
                name: string;
                '@referredType': string;
              }[];
              validPeriod: {
                /** Format: date-time */
                startDateTime: string;
                /** Format: date-time */
                endDateTime: string;
              };
              '@type': string;
            };
            relatedParty?: {
              id: string;
              href?: string;
              name?: string;
              role?: string;
              '@referredType': string;
            }[];
            usageConsumption?: {
              id: string;
              name: string;
              description: string;
              /** Format: date-time */
              lastUpdate: string;
              state: string;
              validPeriod: {
                /** Format: date-time */
                startDateTime: string;
                /** Format: date-time */
                endDateTime: string;
              };
              product: {
                id: string;
                href: string;
                name: string;
                '@referredType': string;
              }[];
              logicalResource: {
                id: string;
                name: string;
                '@referredType': string;
              }[];
              relatedParty: {
                id: string;
                href?: string;
                name?: string;
                role?: string;
                '@referredType': string;
              }[];
              bucketRefOrValue: {
                id: string;
                name: string;
                usageType: string;
                isShared: boolean;
                status: string;
                remainingValueName?: string;
                remainingValue?: {
                  amount: number;
                  units: string;
                };
                validFor: {
                  /** Format: date-time */
                  startDateTime: string;
                  /** Format: date-time */
                  endDateTime: string;
                };
                bucketCounter: {
                  counterType: string;
                  valueName: string;
                  value: {
                    amount: number;
                    units: string;
                  };
                  consumptionPeriod: {
                    /** Format: date-time */
                    startDateTime: string;
                    /** Format: date-time */
                    endDateTime: string;
                  };
                  '@type': string;
                }[];
                '@type': string;
              }[];
              '@type': string;
            }[];
            '@type'?: string;
          };
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  referralGeocode: {
    parameters: {
      query: {
        postalCode: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            postalCode: string;
            communes: {
              code: string;
              name: string;
              located: boolean;
            }[];
          };
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  listReferralInstallers: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              company: string;
              contactName: string;
              email: string;
              phone: string | null;
              line1: string;
              postalCode: string;
              communeCode: string;
              communeName: string;
              latitude: number;
              longitude: number;
              locatedBy: 'commune' | 'postal_code';
              charterVersion: string | null;
              charterSignedAt: string | null;
              charterRecordedBy: string | null;
              /** @description REF-01: signed the charter and active */
              receivesReferrals: boolean;
              active: boolean;
              userId: string;
              version: number;
              /** Format: date-time */
              createdAt: string;
            }[];
          };
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  addReferralInstaller: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          company: string;
          contactName: string;
          /** Format: email */
          email: string;
          phone?: string;
          line1: string;
          postalCode: string;
          communeCode?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            installer: {
              id: string;
              company: string;
              contactName: string;
              email: string;
              phone: string | null;
              line1: string;
              postalCode: string;
              communeCode: string;
              communeName: string;
              latitude: number;
              longitude: number;
              locatedBy: 'commune' | 'postal_code';
              charterVersion: string | null;
              charterSignedAt: string | null;
              charterRecordedBy: string | null;
              /** @description REF-01: signed the charter and active */
              receivesReferrals: boolean;
              active: boolean;
              userId: string;
              version: number;
              /** Format: date-time */
              createdAt: string;
            };
            passwordLink: {
              sentTo: string;
              /** Format: date-time */
              expiresAt: string;
            };
          };
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  recordInstallerCharter: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          charterVersion: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            company: string;
            contactName: string;
            email: string;
            phone: string | null;
            line1: string;
            postalCode: string;
            communeCode: string;
            communeName: string;
            latitude: number;
            longitude: number;
            locatedBy: 'commune' | 'postal_code';
            charterVersion: string | null;
            charterSignedAt: string | null;
            charterRecordedBy: string | null;
            /** @description REF-01: signed the charter and active */
            receivesReferrals: boolean;
            active: boolean;
            userId: string;
            version: number;
            /** Format: date-time */
            createdAt: string;
          };
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  setReferralInstallerActive: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          active: boolean;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            company: string;
            contactName: string;
            email: string;
            phone: string | null;
            line1: string;
            postalCode: string;
            communeCode: string;
            communeName: string;
            latitude: number;
            longitude: number;
            locatedBy: 'commune' | 'postal_code';
            charterVersion: string | null;
            charterSignedAt: string | null;
            charterRecordedBy: string | null;
            /** @description REF-01: signed the charter and active */
            receivesReferrals: boolean;
            active: boolean;
            userId: string;
            version: number;
            /** Format: date-time */
            createdAt: string;
          };
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  getAccountReferrals: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        accountId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            consentInForce: {
              id: string;
              accountId: string;
              purpose: string;
              channel: string;
              /** Format: date-time */
              givenAt: string;
              recordedBy: string;
              withdrawnAt: string | null;
              withdrawalChannel: string | null;
              withdrawnBy: string | null;
            } | null;
            consents: {
              id: string;
              accountId: string;
              purpose: string;
              channel: string;
              /** Format: date-time */
              givenAt: string;
              recordedBy: string;
              withdrawnAt: string | null;
              withdrawalChannel: string | null;
              withdrawnBy: string | null;
            }[];
            referrals: {
              id: string;
              reference: string;
              accountId: string;
              accountName: string;
              installerId: string;
              installerCompany: string;
              previousId: string | null;
              postalCode: string;
              communeName: string;
              distanceKm: number;
              /** @description Nearer installers passed over (unsigned, inactive, already tried) */
              skipped: {
                id: string;
                company: string;
                distanceKm: number;
                reason: string;
              }[];
              status: string;
              /** Format: date-time */
              referredAt: string;
              /** Format: date-time */
              sentAt: string;
              /**
               * Format: date-time
               * @description REF-04: 48 h after the referral e-mail
               */
              contactBy: string;
              contactedAt: string | null;
              /**
               * Format: date
               * @description REF-04: day 15 after the referral
               */
              visitFrom: string;
              /**
               * Format: date
               * @description REF-04: day 20 after the referral
               */
              visitTo: string;
              visitDate: string | null;
              safetyReason: string | null;
              checklist: {
                [key: string]: string;
              } | null;
              checklistDoneAt: string | null;
              /** @description REF-04: the customer’s answer to the installer’s quote */
              quoteDecision: 'accepted' | 'refused' | null;
              quoteDecidedAt: string | null;
              pretravelCheckedAt: string | null;
              visitMissedAt: string | null;
              contactMissedAt: string | null;
              /**
               * Format: date-time
               * @description REF-04: end of day 20, or of the booked visit’s day, in the tenant’s zone
               */
              visitDueBy: string;
              coupon: {
                id: string;
                code: string;
                amountMinor: number;
                currency: string;
                medium: 'printed' | 'paper';
                /** Format: date-time */
                issuedAt: string;
                issuedBy: string;
                returnedAt: string | null;
                returnedRecordedBy: string | null;
                files: {
                  id: string;
                  kind: string;
                  fileName: string;
                  mediaType: string;
                  sizeBytes: number;
                  /** Format: date-time */
                  uploadedAt: string;
                  uploadedBy: string;
                }[];
              } | null;
            }[];
          };
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  recordReferralConsent: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        accountId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          purpose: string;
          channel: 'phone' | 'email' | 'shop' | 'post' | 'web_form';
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            accountId: string;
            purpose: string;
            channel: string;
            /** Format: date-time */
            givenAt: string;
            recordedBy: string;
            withdrawnAt: string | null;
            withdrawalChannel: string | null;
            withdrawnBy: string | null;
          };
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  withdrawReferralConsent: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          channel: 'phone' | 'email' | 'shop' | 'post' | 'web_form';
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            accountId: string;
            purpose: string;
            channel: string;
            /** Format: date-time */
            givenAt: string;
            recordedBy: string;
            withdrawnAt: string | null;
            withdrawalChannel: string | null;
            withdrawnBy: string | null;
          };
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  referCustomer: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        accountId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          postalCode: string;
          communeCode?: string;
          needsSatelliteAndInternet: boolean;
          tvOverAdslEligible: boolean;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            reference: string;
            accountId: string;
            accountName: string;
            installerId: string;
            installerCompany: string;
            previousId: string | null;
            postalCode: string;
            communeName: string;
            distanceKm: number;
            /** @description Nearer installers passed over (unsigned, inactive, already tried) */
            skipped: {
              id: string;
              company: string;
              distanceKm: number;
              reason: string;
            }[];
            status: string;
            /** Format: date-time */
            referredAt: string;
            /** Format: date-time */
            sentAt: string;
            /**
             * Format: date-time
             * @description REF-04: 48 h after the referral e-mail
             */
            contactBy: string;
            contactedAt: string | null;
            /**
             * Format: date
             * @description REF-04: day 15 after the referral
             */
            visitFrom: string;
            /**
             * Format: date
             * @description REF-04: day 20 after the referral
             */
            visitTo: string;
            visitDate: string | null;
            safetyReason: string | null;
            checklist: {
              [key: string]: string;
            } | null;
            checklistDoneAt: string | null;
            /** @description REF-04: the customer’s answer to the installer’s quote */
            quoteDecision: 'accepted' | 'refused' | null;
            quoteDecidedAt: string | null;
            pretravelCheckedAt: string | null;
            visitMissedAt: string | null;
            contactMissedAt: string | null;
            /**
             * Format: date-time
             * @description REF-04: end of day 20, or of the booked visit’s day, in the tenant’s zone
             */
            visitDueBy: string;
            coupon: {
              id: string;
              code: string;
              amountMinor: number;
              currency: string;
              medium: 'printed' | 'paper';
              /** Format: date-time */
              issuedAt: string;
              issuedBy: string;
              returnedAt: string | null;
              returnedRecordedBy: string | null;
              files: {
                id: string;
                kind: string;
                fileName: string;
                mediaType: string;
                sizeBytes: number;
                /** Format: date-time */
                uploadedAt: string;
                uploadedBy: string;
              }[];
            } | null;
          };
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  reassignLateReferral: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            reference: string;
            accountId: string;
            accountName: string;
            installerId: string;
            installerCompany: string;
            previousId: string | null;
            postalCode: string;
            communeName: string;
            distanceKm: number;
            /** @description Nearer installers passed over (unsigned, inactive, already tried) */
            skipped: {
              id: string;
              company: string;
              distanceKm: number;
              reason: string;
            }[];
            status: string;
            /** Format: date-time */
            referredAt: string;
            /** Format: date-time */
            sentAt: string;
            /**
             * Format: date-time
             * @description REF-04: 48 h after the referral e-mail
             */
            contactBy: string;
            contactedAt: string | null;
            /**
             * Format: date
             * @description REF-04: day 15 after the referral
             */
            visitFrom: string;
            /**
             * Format: date
             * @description REF-04: day 20 after the referral
             */
            visitTo: string;
            visitDate: string | null;
            safetyReason: string | null;
            checklist: {
              [key: string]: string;
            } | null;
            checklistDoneAt: string | null;
            /** @description REF-04: the customer’s answer to the installer’s quote */
            quoteDecision: 'accepted' | 'refused' | null;
            quoteDecidedAt: string | null;
            pretravelCheckedAt: string | null;
            visitMissedAt: string | null;
            contactMissedAt: string | null;
            /**
             * Format: date-time
             * @description REF-04: end of day 20, or of the booked visit’s day, in the tenant’s zone
             */
            visitDueBy: string;
            coupon: {
              id: string;
              code: string;
              amountMinor: number;
              currency: string;
              medium: 'printed' | 'paper';
              /** Format: date-time */
              issuedAt: string;
              issuedBy: string;
              returnedAt: string | null;
              returnedRecordedBy: string | null;
              files: {
                id: string;
                kind: string;
                fileName: string;
                mediaType: string;
                sizeBytes: number;
                /** Format: date-time */
                uploadedAt: string;
                uploadedBy: string;
              }[];
            } | null;
          };
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  getReferralSettings: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description REF-04: on a missed visit, offer the reassignment to an agent, or perform it */
            missedVisit: 'offer' | 'perform';
            /** @description REF-04: on a missed 48 h contact, offer the reassignment to an agent, or perform it */
            missedContact: 'offer' | 'perform';
          };
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  updateReferralSettings: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description REF-04: on a missed visit, offer the reassignment to an agent, or perform it */
          missedVisit?: 'offer' | 'perform';
          /** @description REF-04: on a missed 48 h contact, offer the reassignment to an agent, or perform it */
          missedContact?: 'offer' | 'perform';
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description REF-04: on a missed visit, offer the reassignment to an agent, or perform it */
            missedVisit: 'offer' | 'perform';
            /** @description REF-04: on a missed 48 h contact, offer the reassignment to an agent, or perform it */
            missedContact: 'offer' | 'perform';
          };
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  getInstallerPortal: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            installer: {
              id: string;
              company: string;
              contactName: string;
              email: string;
              phone: string | null;
              line1: string;
              postalCode: string;
              communeCode: string;
              communeName: string;
              latitude: number;
              longitude: number;
              locatedBy: 'commune' | 'postal_code';
              charterVersion: string | null;
              charterSignedAt: string | null;
              charterRecordedBy: string | null;
              /** @description REF-01: signed the charter and active */
              receivesReferrals: boolean;
              active: boolean;
              userId: string;
              version: number;
              /** Format: date-time */
              createdAt: string;
            };
            resellerName: string;
            items: {
              id: string;
              reference: string;
              accountId: string;
              accountName: string;
              installerId: string;
              installerCompany: string;
              previousId: string | null;
              postalCode: string;
              communeName: string;
              distanceKm: number;
              /** @description Nearer installers passed over (unsigned, inactive, already tried) */
              skipped: {
                id: string;
                company: string;
                distanceKm: number;
                reason: string;
              }[];
              status: string;
              /** Format: date-time */
              referredAt: string;
              /** Format: date-time */
              sentAt: string;
              /**
               * Format: date-time
               * @description REF-04: 48 h after the referral e-mail
               */
              contactBy: string;
              contactedAt: string | null;
              /**
               * Format: date
               * @description REF-04: day 15 after the referral
               */
              visitFrom: string;
              /**
               * Format: date
               * @description REF-04: day 20 after the referral
               */
              visitTo: string;
              visitDate: string | null;
              safetyReason: string | null;
              checklist: {
                [key: string]: string;
              } | null;
              checklistDoneAt: string | null;
              /** @description REF-04: the customer’s answer to the installer’s quote */
              quoteDecision: 'accepted' | 'refused' | null;
              quoteDecidedAt: string | null;
              pretravelCheckedAt: string | null;
              visitMissedAt: string | null;
              contactMissedAt: string | null;
              /**
               * Format: date-time
               * @description REF-04: end of day 20, or of the booked visit’s day, in the tenant’s zone
               */
              visitDueBy: string;
              coupon: {
                id: string;
                code: string;
                amountMinor: number;
                currency: string;
                medium: 'printed' | 'paper';
                /** Format: date-time */
                issuedAt: string;
                issuedBy: string;
                returnedAt: string | null;
                returnedRecordedBy: string | null;
                files: {
                  id: string;
                  kind: string;
                  fileName: string;
                  mediaType: string;
                  sizeBytes: number;
                  /** Format: date-time */
                  uploadedAt: string;
                  uploadedBy: string;
                }[];
              } | null;
            }[];
          };
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  recordReferralContact: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            reference: string;
            accountId: string;
            accountName: string;
            installerId: string;
            installerCompany: string;
            previousId: string | null;
            postalCode: string;
            communeName: string;
            distanceKm: number;
            /** @description Nearer installers passed over (unsigned, inactive, already tried) */
            skipped: {
              id: string;
              company: string;
              distanceKm: number;
              reason: string;
            }[];
            status: string;
            /** Format: date-time */
            referredAt: string;
            /** Format: date-time */
            sentAt: string;
            /**
             * Format: date-time
             * @description REF-04: 48 h after the referral e-mail
             */
            contactBy: string;
            contactedAt: string | null;
            /**
             * Format: date
             * @description REF-04: day 15 after the referral
             */
            visitFrom: string;
            /**
             * Format: date
             * @description REF-04: day 20 after the referral
             */
            visitTo: string;
            visitDate: string | null;
            safetyReason: string | null;
            checklist: {
              [key: string]: string;
            } | null;
            checklistDoneAt: string | null;
            /** @description REF-04: the customer’s answer to the installer’s quote */
            quoteDecision: 'accepted' | 'refused' | null;
            quoteDecidedAt: string | null;
            pretravelCheckedAt: string | null;
            visitMissedAt: string | null;
            contactMissedAt: string | null;
            /**
             * Format: date-time
             * @description REF-04: end of day 20, or of the booked visit’s day, in the tenant’s zone
             */
            visitDueBy: string;
            coupon: {
              id: string;
              code: string;
              amountMinor: number;
              currency: string;
              medium: 'printed' | 'paper';
              /** Format: date-time */
              issuedAt: string;
              issuedBy: string;
              returnedAt: string | null;
              returnedRecordedBy: string | null;
              files: {
                id: string;
                kind: string;
                fileName: string;
                mediaType: string;
                sizeBytes: number;
                /** Format: date-time */
                uploadedAt: string;
                uploadedBy: string;
              }[];
            } | null;
          };
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  bookReferralVisit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date */
          visitDate: string;
          safetyReason?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            reference: string;
            accountId: string;
            accountName: string;
            installerId: string;
            installerCompany: string;
            previousId: string | null;
            postalCode: string;
            communeName: string;
            distanceKm: number;
            /** @description Nearer installers passed over (unsigned, inactive, already tried) */
            skipped: {
              id: string;
              company: string;
              distanceKm: number;
              reason: string;
            }[];
            status: string;
            /** Format: date-time */
            referredAt: string;
            /** Format: date-time */
            sentAt: string;
            /**
             * Format: date-time
             * @description REF-04: 48 h after the referral e-mail
             */
            contactBy: string;
            contactedAt: string | null;
            /**
             * Format: date
             * @description REF-04: day 15 after the referral
             */
            visitFrom: string;
            /**
             * Format: date
             * @description REF-04: day 20 after the referral
             */
            visitTo: string;
            visitDate: string | null;
            safetyReason: string | null;
            checklist: {
              [key: string]: string;
            } | null;
            checklistDoneAt: string | null;
            /** @description REF-04: the customer’s answer to the installer’s quote */
            quoteDecision: 'accepted' | 'refused' | null;
            quoteDecidedAt: string | null;
            pretravelCheckedAt: string | null;
            visitMissedAt: string | null;
            contactMissedAt: string | null;
            /**
             * Format: date-time
             * @description REF-04: end of day 20, or of the booked visit’s day, in the tenant’s zone
             */
            visitDueBy: string;
            coupon: {
              id: string;
              code: string;
              amountMinor: number;
              currency: string;
              medium: 'printed' | 'paper';
              /** Format: date-time */
              issuedAt: string;
              issuedBy: string;
              returnedAt: string | null;
              returnedRecordedBy: string | null;
              files: {
                id: string;
                kind: string;
                fileName: string;
                mediaType: string;
                sizeBytes: number;
                /** Format: date-time */
                uploadedAt: string;
                uploadedBy: string;
              }[];
            } | null;
          };
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  completeReferralChecklist: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          items: {
            box?: 'done' | 'not_needed' | 'not_done';
            wifiAdapter?: 'done' | 'not_needed' | 'not_done';
            key3g?: 'done' | 'not_needed' | 'not_done';
            internetComputers?: 'done' | 'not_needed' | 'not_done';
            mailbox?: 'done' | 'not_needed' | 'not_done';
            tvDecoder?: 'done' | 'not_needed' | 'not_done';
            powerline?: 'done' | 'not_needed' | 'not_done';
            firstLesson?: 'done' | 'not_needed' | 'not_done';
          };
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            reference: string;
            accountId: string;
            accountName: string;
            installerId: string;
            installerCompany: string;
            previousId: string | null;
            postalCode: string;
            communeName: string;
            distanceKm: number;
            /** @description Nearer installers passed over (unsigned, inactive, already tried) */
            skipped: {
              id: string;
              company: string;
              distanceKm: number;
              reason: string;
            }[];
            status: string;
            /** Format: date-time */
            referredAt: string;
            /** Format: date-time */
            sentAt: string;
            /**
             * Format: date-time
             * @description REF-04: 48 h after the referral e-mail
             */
            contactBy: string;
            contactedAt: string | null;
            /**
             * Format: date
             * @description REF-04: day 15 after the referral
             */
            visitFrom: string;
            /**
             * Format: date
             * @description REF-04: day 20 after the referral
             */
            visitTo: string;
            visitDate: string | null;
            safetyReason: string | null;
            checklist: {
              [key: string]: string;
            } | null;
            checklistDoneAt: string | null;
            /** @description REF-04: the customer’s answer to the installer’s quote */
            quoteDecision: 'accepted' | 'refused' | null;
            quoteDecidedAt: string | null;
            pretravelCheckedAt: string | null;
            visitMissedAt: string | null;
            contactMissedAt: string | null;
            /**
             * Format: date-time
             * @description REF-04: end of day 20, or of the booked visit’s day, in the tenant’s zone
             */
            visitDueBy: string;
            coupon: {
              id: string;
              code: string;
              amountMinor: number;
              currency: string;
              medium: 'printed' | 'paper';
              /** Format: date-time */
              issuedAt: string;
              issuedBy: string;
              returnedAt: string | null;
              returnedRecordedBy: string | null;
              files: {
                id: string;
                kind: string;
                fileName: string;
                mediaType: string;
                sizeBytes: number;
                /** Format: date-time */
                uploadedAt: string;
                uploadedBy: string;
              }[];
            } | null;
          };
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  decideReferralQuote: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          decision: 'accepted' | 'refused';
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            reference: string;
            accountId: string;
            accountName: string;
            installerId: string;
            installerCompany: string;
            previousId: string | null;
            postalCode: string;
            communeName: string;
            distanceKm: number;
            /** @description Nearer installers passed over (unsigned, inactive, already tried) */
            skipped: {
              id: string;
              company: string;
              distanceKm: number;
              reason: string;
            }[];
            status: string;
            /** Format: date-time */
            referredAt: string;
            /** Format: date-time */
            sentAt: string;
            /**
             * Format: date-time
             * @description REF-04: 48 h after the referral e-mail
             */
            contactBy: string;
            contactedAt: string | null;
            /**
             * Format: date
             * @description REF-04: day 15 after the referral
             */
            visitFrom: string;
            /**
             * Format: date
             * @description REF-04: day 20 after the referral
             */
            visitTo: string;
            visitDate: string | null;
            safetyReason: string | null;
            checklist: {
              [key: string]: string;
            } | null;
            checklistDoneAt: string | null;
            /** @description REF-04: the customer’s answer to the installer’s quote */
            quoteDecision: 'accepted' | 'refused' | null;
            quoteDecidedAt: string | null;
            pretravelCheckedAt: string | null;
            visitMissedAt: string | null;
            contactMissedAt: string | null;
            /**
             * Format: date-time
             * @description REF-04: end of day 20, or of the booked visit’s day, in the tenant’s zone
             */
            visitDueBy: string;
            coupon: {
              id: string;
              code: string;
              amountMinor: number;
              currency: string;
              medium: 'printed' | 'paper';
              /** Format: date-time */
              issuedAt: string;
              issuedBy: string;
              returnedAt: string | null;
              returnedRecordedBy: string | null;
              files: {
                id: string;
                kind: string;
                fileName: string;
                mediaType: string;
                sizeBytes: number;
                /** Format: date-time */
                uploadedAt: string;
                uploadedBy: string;
              }[];
            } | null;
          };
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  recordReferralPretravelCheck: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          equipmentReceived: boolean;
          credentialsReceived: boolean;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            reference: string;
            accountId: string;
            accountName: string;
            installerId: string;
            installerCompany: string;
            previousId: string | null;
            postalCode: string;
            communeName: string;
            distanceKm: number;
            /** @description Nearer installers passed over (unsigned, inactive, already tried) */
            skipped: {
              id: string;
              company: string;
              distanceKm: number;
              reason: string;
            }[];
            status: string;
            /** Format: date-time */
            referredAt: string;
            /** Format: date-time */
            sentAt: string;
            /**
             * Format: date-time
             * @description REF-04: 48 h after the referral e-mail
             */
            contactBy: string;
            contactedAt: string | null;
            /**
             * Format: date
             * @description REF-04: day 15 after the referral
             */
            visitFrom: string;
            /**
             * Format: date
             * @description REF-04: day 20 after the referral
             */
            visitTo: string;
            visitDate: string | null;
            safetyReason: string | null;
            checklist: {
              [key: string]: string;
            } | null;
            checklistDoneAt: string | null;
            /** @description REF-04: the customer’s answer to the installer’s quote */
            quoteDecision: 'accepted' | 'refused' | null;
            quoteDecidedAt: string | null;
            pretravelCheckedAt: string | null;
            visitMissedAt: string | null;
            contactMissedAt: string | null;
            /**
             * Format: date-time
             * @description REF-04: end of day 20, or of the booked visit’s day, in the tenant’s zone
             */
            visitDueBy: string;
            coupon: {
              id: string;
              code: string;
              amountMinor: number;
              currency: string;
              medium: 'printed' | 'paper';
              /** Format: date-time */
              issuedAt: string;
              issuedBy: string;
              returnedAt: string | null;
              returnedRecordedBy: string | null;
              files: {
                id: string;
                kind: string;
                fileName: string;
                mediaType: string;
                sizeBytes: number;
                /** Format: date-time */
                uploadedAt: string;
                uploadedBy: string;
              }[];
            } | null;
          };
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  issueReferralCoupon: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          medium: 'printed' | 'paper';
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            reference: string;
            accountId: string;
            accountName: string;
            installerId: string;
            installerCompany: string;
            previousId: string | null;
            postalCode: string;
            communeName: string;
            distanceKm: number;
            /** @description Nearer installers passed over (unsigned, inactive, already tried) */
            skipped: {
              id: string;
              company: string;
              distanceKm: number;
              reason: string;
            }[];
            status: string;
            /** Format: date-time */
            referredAt: string;
            /** Format: date-time */
            sentAt: string;
            /**
             * Format: date-time
             * @description REF-04: 48 h after the referral e-mail
             */
            contactBy: string;
            contactedAt: string | null;
            /**
             * Format: date
             * @description REF-04: day 15 after the referral
             */
            visitFrom: string;
            /**
             * Format: date
             * @description REF-04: day 20 after the referral
             */
            visitTo: string;
            visitDate: string | null;
            safetyReason: string | null;
            checklist: {
              [key: string]: string;
            } | null;
            checklistDoneAt: string | null;
            /** @description REF-04: the customer’s answer to the installer’s quote */
            quoteDecision: 'accepted' | 'refused' | null;
            quoteDecidedAt: string | null;
            pretravelCheckedAt: string | null;
            visitMissedAt: string | null;
            contactMissedAt: string | null;
            /**
             * Format: date-time
             * @description REF-04: end of day 20, or of the booked visit’s day, in the tenant’s zone
             */
            visitDueBy: string;
            coupon: {
              id: string;
              code: string;
              amountMinor: number;
              currency: string;
              medium: 'printed' | 'paper';
              /** Format: date-time */
              issuedAt: string;
              issuedBy: string;
              returnedAt: string | null;
              returnedRecordedBy: string | null;
              files: {
                id: string;
                kind: string;
                fileName: string;
                mediaType: string;
                sizeBytes: number;
                /** Format: date-time */
                uploadedAt: string;
                uploadedBy: string;
              }[];
            } | null;
          };
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  recordReferralCouponReturn: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          files: {
            kind: 'coupon' | 'internet_invoice' | 'installation_invoice';
            fileName: string;
            contentBase64: string;
          }[];
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            reference: string;
            accountId: string;
            accountName: string;
            installerId: string;
            installerCompany: string;
            previousId: string | null;
            postalCode: string;
            communeName: string;
            distanceKm: number;
            /** @description Nearer installers passed over (unsigned, inactive, already tried) */
            skipped: {
              id: string;
              company: string;
              distanceKm: number;
              reason: string;
            }[];
            status: string;
            /** Format: date-time */
            referredAt: string;
            /** Format: date-time */
            sentAt: string;
            /**
             * Format: date-time
             * @description REF-04: 48 h after the referral e-mail
             */
            contactBy: string;
            contactedAt: string | null;
            /**
             * Format: date
             * @description REF-04: day 15 after the referral
             */
            visitFrom: string;
            /**
             * Format: date
             * @description REF-04: day 20 after the referral
             */
            visitTo: string;
            visitDate: string | null;
            safetyReason: string | null;
            checklist: {
              [key: string]: string;
            } | null;
            checklistDoneAt: string | null;
            /** @description REF-04: the customer’s answer to the installer’s quote */
            quoteDecision: 'accepted' | 'refused' | null;
            quoteDecidedAt: string | null;
            pretravelCheckedAt: string | null;
            visitMissedAt: string | null;
            contactMissedAt: string | null;
            /**
             * Format: date-time
             * @description REF-04: end of day 20, or of the booked visit’s day, in the tenant’s zone
             */
            visitDueBy: string;
            coupon: {
              id: string;
              code: string;
              amountMinor: number;
              currency: string;
              medium: 'printed' | 'paper';
              /** Format: date-time */
              issuedAt: string;
              issuedBy: string;
              returnedAt: string | null;
              returnedRecordedBy: string | null;
              files: {
                id: string;
                kind: string;
                fileName: string;
                mediaType: string;
                sizeBytes: number;
                /** Format: date-time */
                uploadedAt: string;
                uploadedBy: string;
              }[];
            } | null;
          };
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  getReferralCouponFile: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        fileId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description application/pdf, image/png or image/jpeg */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': string;
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  getReferralMap: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            installers: {
              id: string;
              company: string;
              communeName: string;
              postalCode: string;
              latitude: number;
              longitude: number;
              charterSigned: boolean;
              active: boolean;
              /** @description REF-01: signed the charter and active */
              receivesReferrals: boolean;
            }[];
            openReferrals: {
              id: string;
              reference: string;
              accountName: string;
              installerCompany: string;
              postalCode: string;
              communeName: string;
              latitude: number;
              longitude: number;
              status: string;
              /** Format: date-time */
              sentAt: string;
            }[];
          };
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  getReferralInstallerFigures: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              installerId: string;
              company: string;
              receivesReferrals: boolean;
              referrals: number;
              contacted: number;
              medianContactHours: number | null;
              meanContactHours: number | null;
              /** @description REF-04: referrals contacted or whose 48 h are over */
              contactDue: number;
              contactedWithin48h: number;
              shareWithin48h: number | null;
              visitsBooked: number;
              /** @description REF-04: booked visits on day 15 to 20 after the referral */
              visitsInWindow: number;
              couponsIssued: number;
              couponsReturned: number;
            }[];
          };
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  getInternetCatalog: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            version: string;
            effectiveFrom: string | null;
            /** @description NET-01: what each LED function means, in the caller’s language */
            ledMeanings: {
              [key: string]: string;
            };
            /** @enum {string} */
            currency: 'ILS';
            vatIncluded: boolean;
            items: {
              type: 'plan' | 'box' | 'service' | 'fee';
              code: string;
              operator: ('hot' | 'partner') | null;
              name: string;
              component: ('monthly' | 'one_off') | null;
              amount: string | null;
              facts: {
                [key: string]: unknown;
              };
            }[];
          };
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  listInternetEligibilityChecks: {
    parameters: {
      query: {
        accountId: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['InternetEligibilityCheck'][];
          };
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  checkInternetEligibility: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          accountId: string;
          operator: 'hot' | 'partner';
          address: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InternetEligibilityCheck'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  recordManualEligibilityCheck: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          accountId: string;
          operator: 'hot' | 'partner';
          address: string;
          fibreEligible: boolean;
          /**
           * Format: date-time
           * @description When the agent checked on the operator’s site
           */
          checkedAt: string;
          reference: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InternetEligibilityCheck'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  listInternetSubscriptions: {
    parameters: {
      query: {
        accountId: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['InternetSubscription'][];
          };
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  createInternetSubscription: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          accountId: string;
          operator: 'hot' | 'partner';
          masap: string;
          address: string;
          buildingFlats?: number | null;
          planCode: string;
          eligibilityCheckId?: string | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InternetSubscription'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  getInternetSubscription: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InternetSubscription'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  bookInternetInstallation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          slot?: string | null;
          noExistingInstallation?: boolean;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InternetSubscription'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  activateInternetSubscription: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          boxModel: string;
          boxSerial: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InternetSubscription'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  addInternetExtender: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          phone: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InternetSubscription'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  recordInternetExtenderTracking: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        deliveryId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          trackingNumber: string;
          phone?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InternetSubscription'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  swapInternetBox: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          boxModel: string;
          boxSerial: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InternetSubscription'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  recordInternetOldBoxReturn: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        swapId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InternetSubscription'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  terminateInternetSubscription: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason: 'price' | 'quality' | 'moving' | 'other';
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InternetSubscription'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  recordInternetBoxReturn: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InternetSubscription'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  setInternetWifi: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          ssid: string;
          password: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InternetSubscription'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  revealInternetWifi: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            ssid: string | null;
            password: string | null;
            pending: {
              ssid: string | null;
              password: string | null;
            } | null;
          };
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  getInternetSubscriptionList: {
    parameters: {
      query: {
        limit: number;
        offset: number;
        /** @description This list has a fixed order. */
        sort?: string;
        q?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['InternetSubscriptionListItem'][];
            total: number;
            limit: number;
            offset: number;
            /** @description true when more than 10000 items match: total is then 10000, a lower bound */
            totalCapped?: boolean;
          };
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  getInternetLifecycle: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InternetLifecycle'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  changeInternetPlan: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          planCode: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InternetLifecycle'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  moveInternetSubscription: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          address: string;
          /**
           * Format: date
           * @description The date agreed with the customer, local to the tenant
           */
          date: string;
          planCode?: string;
          buildingFlats?: number | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InternetLifecycle'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  requestInternetFixedIp: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InternetLifecycle'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  requestInternetReactivation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InternetLifecycle'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  switchInternetProvider: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          masap: string;
          planCode: string;
          buildingFlats?: number | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InternetLifecycle'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  confirmInternetChange: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InternetLifecycle'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  reportInternetBezeqNotReady: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InternetSubscription'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  rescheduleInternetInstallation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date-time */
          slot: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InternetSubscription'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  confirmInternetWifiChange: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InternetSubscription'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  previewInternetTroubleshooting: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          kind: 'no_internet' | 'slow' | 'wifi_led_off' | 'split_bands';
          /** @description NET-01: each LED the customer reads, by function */
          leds: {
            power?: 'on' | 'off' | 'blinking';
            infrastructure?: 'on' | 'off' | 'blinking';
            internet?: 'on' | 'off' | 'blinking';
            wifi?: 'on' | 'off' | 'blinking';
            phone?: 'on' | 'off' | 'blinking';
          };
          powerCycled: boolean;
          wifiButtonHeld?: boolean;
          solved?: boolean;
          conditions?: {
            connection: 'wifi' | 'cable';
            distanceOk: boolean;
            repeaters: boolean;
          } | null;
          speedTest?: {
            downMbps: number;
            upMbps?: number | null;
            overWifi: boolean;
          } | null;
          lineTest?: {
            attenuationDb?: number | null;
            snrDb?: number | null;
            ontRxDbm?: number | null;
          } | null;
          contactPhone?: string | null;
          notes?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InternetTroubleshootVerdict'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  listInternetTroubleshooting: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              /** Format: uuid */
              id: string;
              kind: 'no_internet' | 'slow' | 'wifi_led_off' | 'split_bands';
              diagnosis: string;
              nextStep: string;
              escalation: string | null;
              /** Format: uuid */
              incidentId: string;
              outageId: string | null;
              /** Format: date-time */
              createdAt: string;
              createdBy: string;
            }[];
          };
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  recordInternetTroubleshooting: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          kind: 'no_internet' | 'slow' | 'wifi_led_off' | 'split_bands';
          /** @description NET-01: each LED the customer reads, by function */
          leds: {
            power?: 'on' | 'off' | 'blinking';
            infrastructure?: 'on' | 'off' | 'blinking';
            internet?: 'on' | 'off' | 'blinking';
            wifi?: 'on' | 'off' | 'blinking';
            phone?: 'on' | 'off' | 'blinking';
          };
          powerCycled: boolean;
          wifiButtonHeld?: boolean;
          solved?: boolean;
          conditions?: {
            connection: 'wifi' | 'cable';
            distanceOk: boolean;
            repeaters: boolean;
          } | null;
          speedTest?: {
            downMbps: number;
            upMbps?: number | null;
            overWifi: boolean;
          } | null;
          lineTest?: {
            attenuationDb?: number | null;
            snrDb?: number | null;
            ontRxDbm?: number | null;
          } | null;
          contactPhone?: string | null;
          notes?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InternetTroubleshooting'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  listInternetOutages: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['InternetOutage'][];
          };
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  recordInternetOutage: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          operator: 'hot' | 'partner';
          area: string;
          delayHours: number;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            operator: 'hot' | 'partner';
            area: string;
            delayHours: number;
            /** Format: date-time */
            resolvedBy: string;
            linked: number;
          };
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  getInternetOperatorContacts: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InternetOperatorContacts'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  setInternetOperatorContacts: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          hotContactName: string;
          hotContactPhone: string | null;
          partnerGroupName: string;
          partnerTechnicalEmail: string | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InternetOperatorContacts'];
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  registerListenerCommunication: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description http(s) URL receiving the events */
          callback: string;
          /** @description e.g. eventType=TroubleTicketCreateEvent (others ignored) */
          query?: string;
          '@type'?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            callback: string;
            query?: string;
            /** @description Shown once: HMAC-SHA256 key of X-Relais-Signature = "sha256=" + hex(HMAC(secret, X-Relais-Timestamp + "." + body)) */
            secret: string;
            '@type': string;
          };
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  retrieveListenerCommunication: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            callback: string;
            query?: string;
            '@type': string;
          };
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  unregisterListenerCommunication: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description No content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  registerListenerCustomer: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description http(s) URL receiving the events */
          callback: string;
          /** @description e.g. eventType=TroubleTicketCreateEvent (others ignored) */
          query?: string;
          '@type'?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            callback: string;
            query?: string;
            /** @description Shown once: HMAC-SHA256 key of X-Relais-Signature = "sha256=" + hex(HMAC(secret, X-Relais-Timestamp + "." + body)) */
            secret: string;
            '@type': string;
          };
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  retrieveListenerCustomer: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            callback: string;
            query?: string;
            '@type': string;
          };
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  unregisterListenerCustomer: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description No content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  registerListenerProductCatalog: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description http(s) URL receiving the events */
          callback: string;
          /** @description e.g. eventType=TroubleTicketCreateEvent (others ignored) */
          query?: string;
          '@type'?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            callback: string;
            query?: string;
            /** @description Shown once: HMAC-SHA256 key of X-Relais-Signature = "sha256=" + hex(HMAC(secret, X-Relais-Timestamp + "." + body)) */
            secret: string;
            '@type': string;
          };
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  retrieveListenerProductCatalog: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            callback: string;
            query?: string;
            '@type': string;
          };
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  unregisterListenerProductCatalog: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description No content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  registerListenerProductInventory: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description http(s) URL receiving the events */
          callback: string;
          /** @description e.g. eventType=TroubleTicketCreateEvent (others ignored) */
          query?: string;
          '@type'?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            callback: string;
            query?: string;
            /** @description Shown once: HMAC-SHA256 key of X-Relais-Signature = "sha256=" + hex(HMAC(secret, X-Relais-Timestamp + "." + body)) */
            secret: string;
            '@type': string;
          };
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  retrieveListenerProductInventory: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            callback: string;
            query?: string;
            '@type': string;
          };
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  unregisterListenerProductInventory: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description No content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  registerListenerProductOrdering: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description http(s) URL receiving the events */
          callback: string;
          /** @description e.g. eventType=TroubleTicketCreateEvent (others ignored) */
          query?: string;
          '@type'?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            callback: string;
            query?: string;
            /** @description Shown once: HMAC-SHA256 key of X-Relais-Signature = "sha256=" + hex(HMAC(secret, X-Relais-Timestamp + "." + body)) */
            secret: string;
            '@type': string;
          };
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  retrieveListenerProductOrdering: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            callback: string;
            query?: string;
            '@type': string;
          };
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  unregisterListenerProductOrdering: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description No content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  registerListenerTroubleTicket: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description http(s) URL receiving the events */
          callback: string;
          /** @description e.g. eventType=TroubleTicketCreateEvent (others ignored) */
          query?: string;
          '@type'?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            callback: string;
            query?: string;
            /** @description Shown once: HMAC-SHA256 key of X-Relais-Signature = "sha256=" + hex(HMAC(secret, X-Relais-Timestamp + "." + body)) */
            secret: string;
            '@type': string;
          };
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  retrieveListenerTroubleTicket: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            callback: string;
            query?: string;
            '@type': string;
          };
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  unregisterListenerTroubleTicket: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description No content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  registerListenerAppointment: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description http(s) URL receiving the events */
          callback: string;
          /** @description e.g. eventType=TroubleTicketCreateEvent (others ignored) */
          query?: string;
          '@type'?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            callback: string;
            query?: string;
            /** @description Shown once: HMAC-SHA256 key of X-Relais-Signature = "sha256=" + hex(HMAC(secret, X-Relais-Timestamp + "." + body)) */
            secret: string;
            '@type': string;
          };
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  retrieveListenerAppointment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            callback: string;
            query?: string;
            '@type': string;
          };
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  unregisterListenerAppointment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description No content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  registerListenerUsage: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description http(s) URL receiving the events */
          callback: string;
          /** @description e.g. eventType=TroubleTicketCreateEvent (others ignored) */
          query?: string;
          '@type'?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            callback: string;
            query?: string;
            /** @description Shown once: HMAC-SHA256 key of X-Relais-Signature = "sha256=" + hex(HMAC(secret, X-Relais-Timestamp + "." + body)) */
            secret: string;
            '@type': string;
          };
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  retrieveListenerUsage: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            callback: string;
            query?: string;
            '@type': string;
          };
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  unregisterListenerUsage: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description No content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  listTmfHubListeners: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['TmfHubListener'][];
          };
        };
      };
      /** @description RFC 9457 problem details */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
      /** @description RFC 9457 problem details */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
}
