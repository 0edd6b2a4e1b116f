/**
 * Names of the fleet data set (bench/lib/fleet.ts). Surnames have a long tail, as a customer base
 * has: a fifth of the people carry one of the 150 most common French surnames (weighted by rank),
 * the others one of 900 rarer ones, so that a name search matches what it would in real data —
 * a handful to a few hundred accounts out of 200,000, not thousands.
 */

// prettier-ignore
export const FIRST_NAMES = [
  'Jean', 'Marie', 'Pierre', 'Sophie', 'Nicolas', 'Isabelle', 'Julien', 'Nathalie', 'Thomas', 'Céline',
  'Laurent', 'Sandrine', 'Stéphane', 'Valérie', 'Christophe', 'Aurélie', 'Sébastien', 'Émilie', 'David',
  'Camille', 'François', 'Hélène', 'Olivier', 'Léa', 'Mathieu', 'Chloé', 'Antoine', 'Manon', 'Hugo', 'Inès',
  'Lucas', 'Zoé', 'Maxime', 'Élodie', 'Alexandre', 'Margaux', 'Romain', 'Pauline', 'Vincent', 'Juliette',
  'Guillaume', 'Anaïs', 'Benoît', 'Laure', 'Yannick', 'Agnès', 'Karim', 'Fatima', 'Mehdi', 'Yasmine',
  'Samuel', 'Noémie', 'Arnaud', 'Clémence', 'Jérôme', 'Océane', 'Patrick', 'Brigitte', 'Gaëlle', 'Loïc',
];

/** The 150 most common French surnames, most common first. */
// prettier-ignore
export const COMMON_SURNAMES = [
  'Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau',
  'Simon', 'Laurent', 'Lefèvre', 'Michel', 'Garcia', 'David', 'Bertrand', 'Roux', 'Vincent', 'Fournier',
  'Morel', 'Girard', 'André', 'Lefebvre', 'Mercier', 'Dupont', 'Lambert', 'Bonnet', 'François', 'Martinez',
  'Legrand', 'Garnier', 'Faure', 'Rousseau', 'Blanc', 'Guérin', 'Muller', 'Henry', 'Roussel', 'Nicolas',
  'Perrin', 'Morin', 'Mathieu', 'Clément', 'Gauthier', 'Dumont', 'Lopez', 'Fontaine', 'Chevalier', 'Robin',
  'Masson', 'Sanchez', 'Gérard', 'Nguyen', 'Boyer', 'Denis', 'Lemaire', 'Duval', 'Joly', 'Gautier', 'Roger',
  'Roche', 'Roy', 'Noël', 'Meyer', 'Lucas', 'Meunier', 'Jean', 'Pérez', 'Marchand', 'Dufour', 'Blanchard',
  'Marie', 'Barbier', 'Brun', 'Dumas', 'Brunet', 'Schmitt', 'Leroux', 'Colin', 'Fernandez', 'Pierre',
  'Renard', 'Arnaud', 'Rolland', 'Caron', 'Aubert', 'Giraud', 'Leclerc', 'Vidal', 'Bourgeois', 'Renaud',
  'Lemoine', 'Picard', 'Gaillard', 'Philippe', 'Leclercq', 'Lacroix', 'Fabre', 'Dupuis', 'Olivier',
  'Rodriguez', 'Da Silva', 'Hubert', 'Louis', 'Charles', 'Guillot', 'Rivière', 'Le Gall', 'Guillaume',
  'Adam', 'Rey', 'Moulin', 'Gonzalez', 'Berger', 'Lecomte', 'Ménard', 'Fleury', 'Deschamps', 'Carpentier',
  'Julien', 'Benoît', 'Paris', 'Maillard', 'Marchal', 'Aubry', 'Vasseur', 'Le Roux', 'Renault', 'Jacquet',
  'Collet', 'Prévost', 'Poirier', 'Charpentier', 'Royer', 'Huet', 'Baron', 'Dupuy', 'Pons', 'Paul', 'Laine',
  'Carré', 'Breton', 'Rémy', 'Schneider', 'Perrot', 'Guyot', 'Barre', 'Marty', 'Cousin',
];

// prettier-ignore
const HEADS = ['Ber', 'Char', 'Du', 'Fon', 'Gar', 'Lam', 'Mar', 'Mor', 'Per', 'Ro', 'Ker', 'Le', 'Bou', 'Cha', 'Gi',
  'Ma', 'Pa', 'Ri', 'Sa', 'Va', 'Bo', 'De', 'Fa', 'Ga', 'Jo', 'La', 'Me', 'No', 'Pi', 'Te'];
// prettier-ignore
const TAILS = ['nard', 'pentier', 'mont', 'taine', 'nier', 'bert', 'chand', 'teau', 'rin', 'ger', 'vella', 'roux',
  'cher', 'quin', 'ville', 'lard', 'guet', 'det', 'lin', 'noux', 'quet', 'rand', 'ssier', 'tier', 'vin', 'zet', 'lot',
  'mas', 'nay', 'rel'];

/** 900 rarer surnames (Bernard-like compounds: "Kervella", "Fontaine", "Lamotte"…). */
export const RARE_SURNAMES: readonly string[] = HEADS.flatMap((h) => TAILS.map((t) => h + t));

export const SURNAMES: readonly string[] = [...new Set([...COMMON_SURNAMES, ...RARE_SURNAMES])];

/** Cumulative weights 1/√rank over the common surnames. */
const CUMULATIVE = (() => {
  let sum = 0;
  return COMMON_SURNAMES.map((_, k) => (sum += 1 / Math.sqrt(k + 1)));
})();

/** A surname from a hash: common (20 %, by rank) or rare (80 %, uniform). */
export function surname(h: number): string {
  if (h % 1000 < 200) {
    const total = CUMULATIVE[CUMULATIVE.length - 1] as number;
    const x = (((h >>> 10) % 1_000_000) / 1_000_000) * total;
    const k = CUMULATIVE.findIndex((c) => c >= x);
    return COMMON_SURNAMES[Math.max(0, k)] as string;
  }
  return RARE_SURNAMES[(h >>> 10) % RARE_SURNAMES.length] as string;
}

// prettier-ignore
export const ACTIVITIES = [
  'Transports', 'Boulangerie', 'Plomberie', 'Électricité', 'Garage', 'Pharmacie', 'Cabinet', 'Ambulances',
  'Taxis', 'Menuiserie', 'Maçonnerie', 'Paysages', 'Immobilier', 'Conseil', 'Informatique', 'Sécurité',
  'Nettoyage', 'Livraisons', 'Bâtiment', 'Couverture', 'Chauffage', 'Restaurant', 'Hôtel', 'Optique',
  'Architectes', 'Logistique', 'Déménagements', 'Assurances', 'Expertise', 'Travaux publics',
];
export const FORMS = ['SAS', 'SARL', 'SASU', 'EURL', 'SA', 'EI', 'SCI'];
// prettier-ignore
export const CITIES = [
  'Paris', 'Lyon', 'Marseille', 'Lille', 'Nantes', 'Bordeaux', 'Toulouse', 'Rennes', 'Nice', 'Grenoble',
];
// prettier-ignore
export const DOMAINS = [
  'gmail.com', 'orange.fr', 'free.fr', 'laposte.net', 'outlook.fr', 'sfr.fr', 'yahoo.fr', 'icloud.com',
];
export const CONTACT_ROLES = [
  'Responsable flotte',
  'Comptabilité',
  'Direction',
  'Services généraux',
  'Achats',
];

/** A deterministic 32-bit hash (integer mixing), so two builds hold the same data. */
export function hash32(...xs: number[]): number {
  let h = 0x9e3779b9;
  for (const x of xs) {
    h = Math.imul(h ^ (x | 0), 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
  }
  return h >>> 0;
}

export function pick<T>(list: readonly T[], h: number): T {
  return list[h % list.length] as T;
}
