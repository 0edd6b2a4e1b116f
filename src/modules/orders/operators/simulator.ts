import { randomInt } from 'node:crypto';
import {
  OperatorError,
  type CreateLineRequest,
  type CreateLineResult,
  type DataBlockRequest,
  type DataRechargeRequest,
  type OperatorGateway,
  type SmsSuspensionRequest,
} from './operator-gateway.ts';

/** What the simulator does: how long it takes and which requests it refuses. */
export interface SimulatorOptions {
  /** Milliseconds each call takes (default 0); a function is asked at the start of each call. */
  delayMs?: number | (() => number);
  /** Refuse (for good) the creation of lines whose request matches. */
  reject?: (req: CreateLineRequest) => string | null;
  /** Fail (retryable: operator unavailable) the creation of lines whose request matches. */
  unavailable?: (req: CreateLineRequest) => boolean;
  /** Milliseconds a data recharge takes to apply (USE-06: up to 30 minutes at the operators). */
  rechargeDelayMs?: number;
  /** Fail (retryable) data block/unblock commands while this says so. */
  dataBlockUnavailable?: () => boolean;
}

export interface OperatorSimulator extends OperatorGateway {
  readonly created: CreateLineRequest[];
  readonly cancelled: string[];
  /** Data block/unblock commands received, each once per command id. */
  readonly dataBlocks: DataBlockRequest[];
  readonly recharges: DataRechargeRequest[];
  /** SMS suspension/restoration commands received (CAT-05), each once per command id. */
  readonly smsSuspensions: SmsSuspensionRequest[];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The simulator adapter: confirms every line at once, gives Orange data-only/M2M lines a 14-digit
 * number (CAT-07, CAT-10), and can be told to be slow, down, or to refuse.
 */
export function createOperatorSimulator(opts: SimulatorOptions = {}): OperatorSimulator {
  const created: CreateLineRequest[] = [];
  const cancelled: string[] = [];
  const dataBlocks: DataBlockRequest[] = [];
  const recharges: DataRechargeRequest[] = [];
  const smsSuspensions: SmsSuspensionRequest[] = [];
  const pause = () => {
    const ms = typeof opts.delayMs === 'function' ? opts.delayMs() : opts.delayMs;
    return ms ? sleep(ms) : Promise.resolve();
  };
  return {
    created,
    cancelled,
    dataBlocks,
    recharges,
    smsSuspensions,
    async createLine(req): Promise<CreateLineResult> {
      await pause();
      if (opts.unavailable?.(req)) throw new OperatorError(`${req.network}: service indisponible`, true);
      const reason = opts.reject?.(req);
      if (reason) throw new OperatorError(reason, false);
      created.push(req);
      const msisdn =
        req.msisdn ??
        // CAT-07/CAT-10: Orange gives a 14-digit number to data-only and M2M lines.
        `3370${String(randomInt(0, 10_000_000_000)).padStart(10, '0')}`;
      return {
        operatorRef: `SIM-${req.network.toUpperCase()}-${req.lineId.slice(0, 8)}`,
        msisdn,
        status: 'active',
      };
    },
    async cancelLine(req) {
      await pause();
      cancelled.push(req.lineId);
    },
    async setDataBlock(req) {
      await pause();
      if (opts.dataBlockUnavailable?.())
        throw new OperatorError(`${req.network}: service indisponible`, true);
      if (!dataBlocks.some((d) => d.commandId === req.commandId)) dataBlocks.push(req);
      return { operatorRef: `SIM-DATA-${req.commandId.slice(0, 8)}` };
    },
    async rechargeData(req) {
      await pause();
      if (opts.rechargeDelayMs) await sleep(opts.rechargeDelayMs);
      if (!recharges.some((r) => r.rechargeId === req.rechargeId)) recharges.push(req);
      return { operatorRef: `SIM-RECH-${req.rechargeId.slice(0, 8)}` };
    },
    async setSmsSuspension(req) {
      await pause();
      if (!smsSuspensions.some((s) => s.commandId === req.commandId)) smsSuspensions.push(req);
      return { operatorRef: `SIM-SMS-${req.commandId.slice(0, 8)}` };
    },
  };
}

/**
 * CAT-20: what the operator gives for an internet-only fixed IP, as the simulator makes it up:
 * Orange a password for the IPsec login, Bouygues Telecom an address (from 203.0.113.0/24, the
 * range reserved for documentation, so it never points at a real host).
 */
export function simulatedFixedIp(network: 'orange' | 'bouygues'): {
  address: string | null;
  password: string | null;
} {
  if (network === 'bouygues') return { address: `203.0.113.${randomInt(1, 255)}`, password: null };
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
  let password = '';
  for (let i = 0; i < 12; i++) password += alphabet[randomInt(0, alphabet.length)];
  return { address: null, password };
}
