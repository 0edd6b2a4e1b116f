import type { Ctx } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { load } from './incident-context.ts';
import * as timelineStore from './timeline-store.ts';

/** SUP-03: any attempt to change a consent is refused, whatever the body; nothing is written. */
export async function editConsent(ctx: Ctx, id: string, consentId: string): Promise<never> {
  await load(ctx, id);
  const consents = await timelineStore.listConsents(ctx.tx, id);
  if (!consents.some((c) => c.id === consentId)) throw new AppError('resource.not_found');
  throw new AppError('support.consent_immutable');
}
