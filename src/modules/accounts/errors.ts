import { defineErrors } from '../../platform/module.ts';

/**
 * The accounts module's error codes: HTTP status and French/English messages (`{name}` placeholders
 * are filled from the error's params).
 */
export const accountsErrors = defineErrors({
  'account.siret_required': {
    status: 400,
    fr: {
      title: 'SIRET obligatoire',
      detail:
        'Le SIRET est obligatoire pour un client professionnel (14 chiffres, sur un extrait Kbis ou un avis de situation INSEE).',
    },
    en: {
      title: 'SIRET required',
      detail: 'A business customer needs a SIRET (14 digits, found on the Kbis extract or INSEE notice).',
    },
  },
  'account.siret_not_digits': {
    status: 400,
    fr: {
      title: 'SIRET invalide',
      detail:
        "Le SIRET ne contient que des chiffres (les espaces sont acceptés) : « {character} » n'est pas accepté.",
    },
    en: {
      title: 'Invalid SIRET',
      detail: 'A SIRET holds digits only (spaces are accepted): "{character}" is not accepted.',
    },
  },
  'account.siret_length': {
    status: 400,
    fr: {
      title: 'SIRET invalide',
      detail: 'Le SIRET doit compter 14 chiffres ({count} saisis).',
    },
    en: {
      title: 'Invalid SIRET',
      detail: 'A SIRET has 14 digits ({count} typed).',
    },
  },
  'account.siret_checksum': {
    status: 400,
    fr: {
      title: 'SIRET invalide',
      detail: 'Clé de contrôle du SIRET invalide : vérifiez les chiffres.',
    },
    en: {
      title: 'Invalid SIRET',
      detail: 'The SIRET check key is wrong: check the digits.',
    },
  },
  'account.il_id_required': {
    status: 400,
    fr: {
      title: '{label} obligatoire',
      detail:
        'Un client professionnel israélien est identifié par son numéro de société (ח.פ., 9 chiffres) ou, pour un עוסק, le ת.ז. de son titulaire.',
    },
    en: {
      title: '{label} required',
      detail:
        'An Israeli business customer is identified by its company number (ח.פ., 9 digits) or, for a sole trader (עוסק), the owner’s ת.ז.',
    },
  },
  'account.il_id_not_digits': {
    status: 400,
    fr: {
      title: '{label} invalide',
      detail:
        'Le {label} ne contient que des chiffres (espaces et tirets acceptés) : « {character} » n’est pas accepté.',
    },
    en: {
      title: 'Invalid {label}',
      detail: 'A {label} holds digits only (spaces and dashes are accepted): "{character}" is not accepted.',
    },
  },
  'account.il_id_length': {
    status: 400,
    fr: {
      title: '{label} invalide',
      detail: 'Le {label} compte 9 chiffres, chiffre de contrôle compris ({count} saisis).',
    },
    en: {
      title: 'Invalid {label}',
      detail: 'A {label} has 9 digits, check digit included ({count} typed).',
    },
  },
  'account.il_id_checksum': {
    status: 400,
    fr: {
      title: '{label} invalide',
      detail: 'Chiffre de contrôle du {label} invalide (le dernier chiffre) : vérifiez les chiffres saisis.',
    },
    en: {
      title: 'Invalid {label}',
      detail: 'The {label} check digit (the last one) is wrong: check the digits typed.',
    },
  },
  'account.il_id_outside_israel': {
    status: 400,
    fr: {
      title: 'Numéro israélien hors d’Israël',
      detail: 'Un ח.פ. ou un ת.ז. identifie un client israélien ; ce client est en {country}.',
    },
    en: {
      title: 'Israeli number outside Israel',
      detail: 'A ח.פ. or ת.ז. identifies an Israeli customer; this customer is in {country}.',
    },
  },
  'account.il_company_for_person': {
    status: 400,
    fr: {
      title: 'ח.פ. réservé aux sociétés',
      detail: 'Un particulier est identifié par son ת.ז., pas par un numéro de société (ח.פ.).',
    },
    en: {
      title: 'ח.פ. is for companies',
      detail: 'A private person is identified by the ת.ז., not by a company number (ח.פ.).',
    },
  },
  'account.il_id_taken': {
    status: 409,
    fr: {
      title: 'Numéro déjà enregistré',
      detail:
        'Le numéro {nationalId} est déjà celui du client {reference} ({name}). Ouvrez ce client plutôt que d’en créer un second.',
    },
    en: {
      title: 'Number already registered',
      detail:
        'Number {nationalId} already belongs to customer {reference} ({name}). Open that customer instead of creating a second one.',
    },
  },
  'account.siret_taken': {
    status: 409,
    fr: {
      title: 'SIRET déjà enregistré',
      detail:
        "Le SIRET {siret} est déjà celui du client {reference} ({name}). Ouvrez ce client plutôt que d'en créer un second.",
    },
    en: {
      title: 'SIRET already registered',
      detail:
        'SIRET {siret} already belongs to customer {reference} ({name}). Open that customer instead of creating a second one.',
    },
  },
  'account.company_type_required': {
    status: 400,
    fr: {
      title: 'Forme juridique obligatoire',
      detail: 'Indiquez la forme juridique du client professionnel (SAS, SARL, EI…).',
    },
    en: {
      title: 'Legal form required',
      detail: "Give the business customer's legal form (SAS, SARL, EI…).",
    },
  },
  'account.company_name_required': {
    status: 400,
    fr: {
      title: 'Raison sociale obligatoire',
      detail: 'Indiquez la raison sociale du client professionnel.',
    },
    en: {
      title: 'Company name required',
      detail: "Give the business customer's company name.",
    },
  },
  'account.last_name_required': {
    status: 400,
    fr: {
      title: 'Nom obligatoire',
      detail: 'Indiquez le nom du client particulier.',
    },
    en: {
      title: 'Last name required',
      detail: "Give the private customer's last name.",
    },
  },
  'account.business_field_for_person': {
    status: 400,
    fr: {
      title: 'Champ réservé aux professionnels',
      detail:
        'La forme juridique, la raison sociale et le SIRET ne concernent que les clients professionnels.',
    },
    en: {
      title: 'Business-only field',
      detail: 'Legal form, company name and SIRET apply to business customers only.',
    },
  },
  'account.email_required': {
    status: 400,
    fr: {
      title: 'Adresse e-mail obligatoire',
      detail: "L'adresse e-mail du client est obligatoire : c'est là qu'il reçoit ses confirmations.",
    },
    en: {
      title: 'E-mail required',
      detail: "The customer's e-mail address is required: confirmations are sent there.",
    },
  },
  'account.email_invalid': {
    status: 400,
    fr: {
      title: 'Adresse e-mail invalide',
      detail: "« {email} » n'est pas une adresse e-mail valide (exemple : nom@domaine.fr).",
    },
    en: {
      title: 'Invalid e-mail',
      detail: '"{email}" is not a valid e-mail address (e.g. name@domain.com).',
    },
  },
  'account.phone_invalid': {
    status: 400,
    fr: {
      title: 'Numéro de téléphone invalide',
      detail:
        "« {input} » n'est pas un numéro de téléphone valide pour le pays {country}. Saisissez-le au format national (par exemple {example}) ou international (+…).",
    },
    en: {
      title: 'Invalid phone number',
      detail:
        '"{input}" is not a valid phone number for country {country}. Type it in national form (e.g. {example}) or international form (+…).',
    },
  },
  'account.billing_day_invalid': {
    status: 400,
    fr: {
      title: 'Jour de facturation invalide',
      detail: 'Le jour de facturation doit être compris entre 1 et 31 ({value} saisi).',
    },
    en: {
      title: 'Invalid Billing Day',
      detail: 'The Billing Day must be between 1 and 31 ({value} typed).',
    },
  },
  'account.contact_name_required': {
    status: 400,
    fr: {
      title: 'Nom du contact obligatoire',
      detail: 'Indiquez le nom du contact.',
    },
    en: { title: 'Contact name required', detail: "Give the contact's name." },
  },
  'account.address_incomplete': {
    status: 400,
    fr: {
      title: 'Adresse incomplète',
      detail: "Indiquez au moins la première ligne de l'adresse et la ville.",
    },
    en: {
      title: 'Incomplete address',
      detail: 'Give at least the first address line and the city.',
    },
  },
  'account.postal_code_invalid': {
    status: 400,
    fr: {
      title: 'Code postal invalide',
      detail:
        "« {postalCode} » n'est pas un code postal valide pour le pays {country} (5 chiffres en France, 7 en Israël).",
    },
    en: {
      title: 'Invalid postal code',
      detail:
        '"{postalCode}" is not a valid postal code for country {country} (5 digits in France, 7 in Israel).',
    },
  },
  'account.billing_address_exists': {
    status: 409,
    fr: {
      title: 'Adresse de facturation déjà définie',
      detail:
        "Ce client a déjà une adresse de facturation : modifiez-la plutôt que d'en ajouter une seconde.",
    },
    en: {
      title: 'Billing address already set',
      detail: 'This customer already has a billing address: change it rather than adding a second one.',
    },
  },
  // Issue 15: TMF629 customers received « à compléter » (held-customers.ts).
  'account.held_not_held': {
    status: 409,
    fr: {
      title: 'Client reçu déjà traité',
      detail: 'Ce client reçu a déjà été complété ou rejeté.',
    },
    en: {
      title: 'Received customer already handled',
      detail: 'This received customer has already been completed or rejected.',
    },
  },
  'account.held_account_unknown': {
    status: 422,
    fr: {
      title: 'Compte client inconnu',
      detail: 'Choisissez le compte client créé pour ce client reçu.',
    },
    en: {
      title: 'Unknown customer account',
      detail: 'Choose the customer account created for this received customer.',
    },
  },
});
