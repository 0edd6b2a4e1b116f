/**
 * How SMS leave Relais (issue 12: the data alerts to the line's user). Two transports, as for
 * e-mail: without SMS_URL the message counts as delivered into the **local SMS box** (the outbox
 * rows with transport `local_sms`, shown on the Notifications page), so a fresh install works and
 * shows what would have gone out; with SMS_URL each message is POSTed as JSON to that HTTP gateway
 * (an SMS provider or an in-house relay). No SMS provider is reachable from here, so the HTTP
 * adapter speaks a minimal, documented contract (docs/usage.md) rather than one vendor's API.
 */

export type SmsTransportName = 'local_sms' | 'sms_http';

export interface OutgoingSms {
  /** The outbox row's id: sent as the Idempotency-Key, so a resent message can be dropped. */
  outboxId: string;
  /** E.164 (+33612345678). */
  to: string;
  text: string;
}

export interface SmsGateway {
  readonly transport: SmsTransportName;
  send(sms: OutgoingSms): Promise<void>;
}

/** The gateway refused the message for good (a 4xx other than 408/429): retrying cannot help. */
export class PermanentSmsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PermanentSmsError';
  }
}

export interface SmsGatewayConfig {
  /** http(s) URL of the gateway; unset: the local SMS box. */
  smsUrl: string | undefined;
  /** Milliseconds before a call is abandoned (and retried later); default 10 s. */
  timeoutMs?: number;
}

export function createSmsGateway(config: SmsGatewayConfig): SmsGateway {
  if (!config.smsUrl) return { transport: 'local_sms', send: () => Promise.resolve() };
  const url = new URL(config.smsUrl);
  // Credentials in the URL go as Basic authentication, never in the logged URL.
  const auth =
    url.username || url.password
      ? `Basic ${Buffer.from(`${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`).toString('base64')}`
      : null;
  url.username = '';
  url.password = '';
  const timeoutMs = config.timeoutMs ?? 10_000;
  return {
    transport: 'sms_http',
    async send(sms) {
      const res = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'idempotency-key': sms.outboxId,
          ...(auth ? { authorization: auth } : {}),
        },
        body: JSON.stringify({ id: sms.outboxId, to: sms.to, text: sms.text }),
        signal: AbortSignal.timeout(timeoutMs),
      });
      await res.arrayBuffer();
      if (res.ok) return;
      const message = `SMS gateway answered ${res.status}`;
      if (res.status >= 400 && res.status < 500 && res.status !== 408 && res.status !== 429)
        throw new PermanentSmsError(message);
      throw new Error(message);
    },
  };
}

/** SMS_URL as the configuration accepts it (checked at start). */
export function smsUrlProblem(value: string | undefined): string | null {
  if (!value) return null;
  try {
    const u = new URL(value);
    return u.protocol === 'http:' || u.protocol === 'https:' ? null : 'SMS_URL must be an http(s) URL';
  } catch {
    return 'SMS_URL must be an http(s) URL';
  }
}
