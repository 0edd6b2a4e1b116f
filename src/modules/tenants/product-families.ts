/**
 * Issue 11 §6: the product families a tenant sells. The setting drives the navigation, the
 * catalog page, the order forms and the incident forms (demo-il: internet only; demo-fr: mobile).
 */
export const PRODUCT_FAMILIES = ['mobile', 'internet'] as const;
export type ProductFamily = (typeof PRODUCT_FAMILIES)[number];

/** (Relais) A tenant sells at least one family, each once, in the canonical order (mobile, internet). */
export function normaliseFamilies(input: readonly string[]): ProductFamily[] | null {
  const known = PRODUCT_FAMILIES.filter((f) => input.includes(f));
  if (known.length === 0 || input.some((f) => !(PRODUCT_FAMILIES as readonly string[]).includes(f)))
    return null;
  return known;
}

/** Whether a tenant sells a family (the one question other modules ask of the setting). */
export function sells(families: readonly ProductFamily[], family: ProductFamily): boolean {
  return families.includes(family);
}

/** A family as users read it, in French and English (never the code: review of issue 11). */
export const FAMILY_NAMES: Readonly<Record<ProductFamily, { fr: string; en: string }>> = {
  mobile: { fr: 'téléphonie mobile', en: 'mobile telephony' },
  internet: { fr: 'accès internet', en: 'internet access' },
};
