import type { Role } from './principal.ts';
import type { ModulePolicyName } from '../../modules/index.ts';
import { modulePolicy, modulePolicyNames } from '../module.ts';

/**
 * Authorization is declared per route as one of these policies (route `config.policy`), never as
 * scattered `if`s. A route under /api without a policy fails the server's start.
 * The platform declares the policies of no module (public, the session, cross-cutting TM Forum
 * ones, and those of modules not yet moved); each module declares its own in its manifest.
 */
export const POLICIES = {
  /** No sign-in needed (login, health). */
  public: null,
  /** Any signed-in principal, even one that must first change its password. */
  'session.self': ['admin', 'supervisor', 'agent', 'fleet_manager', 'installer'],
  // TM Forum event hub: a listener (an outgoing call to the given URL) for the events of resources
  // these roles can read anyway. Registering and unregistering are narrower still (tmf/hub.ts):
  // admins and supervisors, or an API token (an agent's token unregisters only its own).
  'tmf.hub': ['admin', 'supervisor', 'agent'],
  // Every listener of the reseller, whoever registered it, and its deliveries: those who answer
  // for the integrations (issue 15's hub page). An agent reads one it knows the id of.
  'tmf.hub.read': ['admin', 'supervisor'],
} as const satisfies Record<string, readonly Role[] | null>;

/** The platform's policies and those each module declares in its manifest. */
export type PolicyName = keyof typeof POLICIES | ModulePolicyName;

export function isPolicy(name: string): name is PolicyName {
  return Object.hasOwn(POLICIES, name) || modulePolicy(name) !== undefined;
}

export function allows(policy: PolicyName, role: Role): boolean {
  const roles = Object.hasOwn(POLICIES, policy)
    ? (POLICIES[policy as keyof typeof POLICIES] as readonly Role[] | null)
    : modulePolicy(policy);
  if (roles === undefined) return false;
  return roles === null || roles.includes(role);
}

/** Every policy a signed-in principal may hold: the platform's and the installed modules', not `public`. */
export function policyNames(): PolicyName[] {
  return [...Object.keys(POLICIES), ...modulePolicyNames()].filter((n) => n !== 'public') as PolicyName[];
}

/**
 * The policies a role holds, as the server enforces them (`allows`): the web shows a button only
 * when the session lists the policy of the route it calls.
 */
export function permissionsOf(role: Role): PolicyName[] {
  return policyNames().filter((name) => allows(name, role));
}
