import { moduleFieldLabel } from '../module.ts';
/**
 * Issue 10: what users call the fields they type, so a validation message can name the field
 * ("Le champ « Objet » est vide : renseignez-le.") instead of quoting JSON-schema jargon. Keys are
 * the last property name of the problem's pointer (`/body/lines/0/activationDate` → activationDate);
 * a field not listed here gets the message without its name.
 */
export const FIELD_LABELS: Record<string, readonly [fr: string, en: string]> = {
  q: ['Recherche', 'Search'],
  limit: ['Nombre par page', 'Page size'],
  offset: ['Position dans la liste', 'List position'],
  sort: ['Tri', 'Sort'],
  email: ['Adresse e-mail', 'E-mail address'],
  login: ['Identifiant ou adresse e-mail', 'Username or e-mail address'],
  password: ['Mot de passe', 'Password'],
  currentPassword: ['Mot de passe actuel', 'Current password'],
  newPassword: ['Nouveau mot de passe', 'New password'],
  displayName: ['Nom affiché', 'Display name'],
  role: ['Rôle', 'Role'],
  kind: ['Type', 'Type'],
  status: ['Statut', 'Status'],
  firstName: ['Prénom', 'First name'],
  lastName: ['Nom', 'Last name'],
  name: ['Nom', 'Name'],
  companyName: ['Raison sociale', 'Company name'],
  companyType: ['Forme juridique', 'Legal form'],
  legalName: ['Raison sociale', 'Legal name'],
  siret: ['SIRET', 'SIRET'],
  phone: ['Téléphone', 'Phone'],
  mobile: ['Mobile', 'Mobile'],
  billingDay: ['Jour de facturation', 'Billing day'],
  address: ['Adresse', 'Address'],
  city: ['Ville', 'City'],
  postalCode: ['Code postal', 'Postal code'],
  country: ['Pays', 'Country'],
  label: ['Libellé', 'Label'],
  title: ['Objet', 'Subject'],
  description: ['Description', 'Description'],
  service: ['Service', 'Service'],
  channel: ['Canal', 'Channel'],
  priority: ['Priorité', 'Priority'],
  accountId: ['Client', 'Customer'],
  incidentId: ['Incident', 'Incident'],
  text: ['Texte', 'Text'],
  by: ['Confirmé par', 'Confirmed by'],
  note: ['Note', 'Note'],
  reason: ['Motif', 'Reason'],
  slotStart: ['Début du créneau', 'Slot start'],
  slotEnd: ['Fin du créneau', 'Slot end'],
  reachablePhones: ['Numéros où joindre le client', 'Numbers to reach the customer'],
  referent: ['Référent technique du client', 'Customer’s technical referent'],
  siteContactName: ['Contact sur site', 'Site contact'],
  siteContactPhone: ['Téléphone du contact', 'Contact phone'],
  siteOpeningHours: ['Horaires d’ouverture du site', 'Site opening hours'],
  modemMakeModel: ['Modem (marque et modèle)', 'Modem (make and model)'],
  routerMakeModel: ['Routeur (marque et modèle)', 'Router (make and model)'],
  modemLedStates: ['État des voyants du modem', 'Modem LED states'],
  qualification: ['Qualification', 'Qualification'],
  offer: ['Offre', 'Offer'],
  options: ['Options', 'Options'],
  userName: ['Utilisateur de la ligne', 'Line user'],
  simType: ['Type de SIM', 'SIM type'],
  network: ['Réseau', 'Network'],
  portNumber: ['Numéro à porter', 'Number to port'],
  rio: ['RIO', 'RIO'],
  activationDate: ['Date d’activation', 'Activation date'],
  number: ['Numéro', 'Number'],
  esimContactEmail: ['E-mail de réception de l’eSIM', 'eSIM delivery e-mail'],
  esimContactMobile: ['Mobile de confirmation de l’eSIM', 'eSIM confirmation mobile'],
  contactEmail: ['E-mail de réception de l’eSIM', 'eSIM delivery e-mail'],
  contactMobile: ['Mobile de confirmation de l’eSIM', 'eSIM confirmation mobile'],
  iccid: ['ICCID', 'ICCID'],
  csv: ['Fichier CSV', 'CSV file'],
  date: ['Date', 'Date'],
  from: ['Du', 'From'],
  to: ['Au', 'To'],
  expiresAt: ['Date d’expiration', 'Expiry date'],
  effectiveFrom: ['Date d’effet', 'Effective from'],
  amount: ['Montant', 'Amount'],
  msisdn: ['Numéro de ligne', 'Line number'],
  slug: ['Identifiant de l’espace', 'Workspace identifier'],
  timeZone: ['Fuseau horaire', 'Time zone'],
  logoDataUrl: ['Logo', 'Logo'],
  configuration: ['Configuration', 'Configuration'],
  siteId: ['Site', 'Site'],
  portability: ['Portabilité', 'Number portability'],
};

/** The user's name of the field a pointer designates, or null when it has none we know. */
export function fieldLabel(pointer: string, locale: 'fr' | 'en'): string | null {
  const names = pointer.split('/').filter((p) => p && !/^\d+$/.test(p));
  const last = names[names.length - 1];
  // The request's part alone ("/body") names no field.
  if (!last || names.length < 2) return null;
  const label = Object.hasOwn(FIELD_LABELS, last) ? FIELD_LABELS[last] : moduleFieldLabel(last);
  return label ? label[locale === 'fr' ? 0 : 1] : null;
}
