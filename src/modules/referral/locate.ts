import { AppError } from '../../platform/errors.ts';
import { geocode, type LocatedCommune } from './geocode.ts';

/** Geocodes a postal code (+ commune) or throws the error the user can act on. */
export function locate(postalCode: string, communeCode?: string | null, pointer = '/body'): LocatedCommune {
  const pc = postalCode.trim();
  const r = geocode(pc, communeCode ?? null);
  switch (r.kind) {
    case 'located':
      return r.commune;
    case 'unknown_postal_code':
      throw new AppError('referral.postal_code_unknown', { postalCode: pc }, [
        { pointer: `${pointer}/postalCode`, code: 'unknown', detail: '' },
      ]);
    case 'choose':
      throw new AppError('referral.commune_required', { postalCode: pc }, [
        { pointer: `${pointer}/communeCode`, code: 'required', detail: '' },
      ]);
    case 'unknown_commune':
      throw new AppError('referral.commune_unknown', { postalCode: pc }, [
        { pointer: `${pointer}/communeCode`, code: 'unknown', detail: '' },
      ]);
    case 'not_located':
      throw new AppError('referral.commune_not_located', { commune: r.commune.name }, [
        { pointer: `${pointer}/communeCode`, code: 'not_located', detail: '' },
      ]);
  }
}
