import type { Tx } from '../../platform/db/db.ts';
import { SYSTEM_ACTOR } from '../../platform/auth/principal.ts';
import { createAccount, type CreateAccountInput } from './service.ts';

/**
 * Demo customers of each demo reseller, created through the same use case as the API (so their
 * SIRETs pass ACC-01 and their phones ACC-02). The first account of each list is the one the
 * demo fleet manager belongs to.
 */
const DEMO_ACCOUNTS: Record<'FR' | 'IL', CreateAccountInput[]> = {
  FR: [
    {
      kind: 'business',
      companyType: 'SAS',
      companyName: 'Transports Lefèvre',
      siret: '901 122 334 00021',
      email: 'flotte@transports-lefevre.fr',
      phone: '04 72 10 20 30',
      billingDay: 1,
      contacts: [
        {
          name: 'Marc Lefèvre',
          role: 'Responsable flotte',
          email: 'marc.lefevre@transports-lefevre.fr',
          mobile: '06 98 76 54 32',
        },
        { name: 'Sophie Garnier', role: 'Comptabilité', email: 'compta@transports-lefevre.fr' },
      ],
      addresses: [
        { kind: 'billing', line1: '18 avenue Jean Jaurès', postalCode: '69007', city: 'Lyon' },
        {
          kind: 'site',
          label: 'Dépôt de Vénissieux',
          line1: '4 rue du Progrès',
          postalCode: '69200',
          city: 'Vénissieux',
        },
      ],
    },
    {
      kind: 'business',
      companyType: 'SARL',
      companyName: 'Boulangerie Martin',
      siret: '812 345 678 00013',
      email: 'contact@boulangerie-martin.fr',
      billingDay: 5,
      contacts: [{ name: 'Claire Martin', role: 'Gérante', mobile: '06 12 34 56 78' }],
      addresses: [{ kind: 'billing', line1: '12 rue de la République', postalCode: '69002', city: 'Lyon' }],
    },
    {
      kind: 'business',
      companyType: 'SAS',
      companyName: 'Cabinet Dubois Architectes',
      siret: '852 741 963 00015',
      email: 'accueil@dubois-architectes.fr',
      phone: '01 42 00 11 22',
      billingDay: 15,
      addresses: [{ kind: 'billing', line1: '7 place des Vosges', postalCode: '75004', city: 'Paris' }],
    },
    {
      kind: 'person',
      firstName: 'Julien',
      lastName: 'Moreau',
      email: 'julien.moreau@example.fr',
      phone: '07 11 22 33 44',
      billingDay: 28,
      addresses: [{ kind: 'billing', line1: '3 chemin des Vignes', postalCode: '33000', city: 'Bordeaux' }],
    },
  ],
  IL: [
    {
      kind: 'business',
      companyType: 'Ltd',
      companyName: 'Cohen Computers',
      nationalId: '514401702',
      email: 'office@cohen-computers.co.il',
      phone: '03-123-4567',
      billingDay: 10,
      contacts: [{ name: 'David Cohen', role: 'מנכ"ל', mobile: '052-987-6543' }],
      addresses: [{ kind: 'billing', line1: 'Rothschild 22', postalCode: '6688218', city: 'Tel Aviv' }],
    },
    {
      kind: 'person',
      firstName: 'Noa',
      lastName: 'Levi',
      email: 'noa.levi@example.co.il',
      phone: '054-123-4567',
      billingDay: 1,
    },
    {
      kind: 'person',
      firstName: 'Yossi',
      lastName: 'Mizrahi',
      email: 'yossi.mizrahi@example.co.il',
      phone: '050-765-4321',
      billingDay: 20,
    },
  ],
};

/** Creates the demo customers in a tenant-scoped transaction; returns the fleet manager's account id. */
export async function seedDemoAccounts(tx: Tx, country: 'FR' | 'IL', now: Date): Promise<string> {
  const ctx = {
    tx,
    tenantId: tx.tenantId ?? '',
    actor: SYSTEM_ACTOR,
    now,
    requestId: null,
    locale: 'fr' as const,
  };
  const ids: string[] = [];
  for (const input of DEMO_ACCOUNTS[country]) ids.push((await createAccount(ctx, input)).id);
  const first = ids[0];
  if (!first) throw new Error('demo accounts: none created');
  return first;
}
