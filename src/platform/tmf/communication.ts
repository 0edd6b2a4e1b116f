import { Type } from '@sinclair/typebox';
import type { OutboxSummary } from '../notify/outbox-store.ts';

/**
 * TMF681 Communication Management v4 `CommunicationMessage`: an e-mail or SMS of the outbox.
 * The content is left out on purpose (see modules/outbox/tmf681.ts).
 */

export const TMF681_BASE = '/tmf-api/communicationManagement/v4';
export const TMF681_FILTERS = ['id', 'state', 'messageType', 'receiver.email', 'receiver.phoneNumber'];

const STATE: Record<OutboxSummary['status'], string> = {
  pending: 'inProgress',
  sent: 'completed',
  failed: 'failed',
};

export const TmfCommunicationMessageSchema = Type.Object(
  {
    id: Type.String(),
    href: Type.String(),
    messageType: Type.String(),
    subject: Type.String(),
    description: Type.String(),
    state: Type.String(),
    sendTime: Type.String({ format: 'date-time' }),
    sendTimeComplete: Type.Optional(Type.String({ format: 'date-time' })),
    tryTimes: Type.Integer(),
    receiver: Type.Array(
      Type.Object({ email: Type.Optional(Type.String()), phoneNumber: Type.Optional(Type.String()) }),
    ),
    sender: Type.Object({ name: Type.String() }),
    characteristic: Type.Array(
      Type.Object({ name: Type.String(), valueType: Type.String(), value: Type.String() }),
    ),
    '@type': Type.String(),
  },
  { $id: 'TmfCommunicationMessage' },
);

export function toTmfCommunicationMessage(m: OutboxSummary) {
  return {
    id: m.id,
    href: `${TMF681_BASE}/communicationMessage/${m.id}`,
    messageType: m.channel === 'sms' ? 'SMS' : 'Email',
    subject: m.subject,
    description: m.subject,
    state: STATE[m.status],
    sendTime: m.createdAt.toISOString(),
    ...(m.sentAt ? { sendTimeComplete: m.sentAt.toISOString() } : {}),
    tryTimes: m.attempts,
    receiver: [m.channel === 'sms' ? { phoneNumber: m.to } : { email: m.to }],
    sender: { name: 'Relais' },
    characteristic: [
      { name: 'template', valueType: 'string', value: m.template },
      { name: 'locale', valueType: 'string', value: m.locale },
    ],
    '@type': 'CommunicationMessage',
  };
}
