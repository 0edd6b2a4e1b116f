/**
 * What other modules may call of the support desk (the demo fleet declares incidents with it):
 * its use cases, one per file, and the shapes they return. Nothing here touches the desk's tables
 * directly; the stores (*-store.ts) stay the module's own.
 */
export { openIncident, openIncident as createIncident, type CreateIncidentInput } from './open-incident.ts';
export { addContact, type ContactInput } from './add-contact.ts';
export { confirmCheck } from './confirm-check.ts';
export { transitionIncident, transitionIncident as transition } from './transition-incident.ts';
export { getIncident } from './get-incident.ts';
export { listIncidents, type IncidentListQuery } from './list-incidents.ts';
export type { Incident, IncidentDetail, InterventionView, ChargeView, WrittenInput } from './views.ts';
