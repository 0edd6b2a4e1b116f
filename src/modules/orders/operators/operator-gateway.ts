import type { Network, NumberAssignment } from '../../catalog/model.ts';

/**
 * How Relais reaches a network operator (Orange, Bouygues Telecom). No operator API is reachable
 * from here, so the only adapter is the simulator; a real adapter (SOAP/REST of the MVNA) would
 * implement this same interface. Calls are made from the worker, never inside an HTTP request.
 */
export interface CreateLineRequest {
  /** Idempotency at the operator: the line's id, so a retried call creates nothing twice. */
  lineId: string;
  network: Network;
  offerCode: string;
  options: readonly string[];
  simType: 'pin' | 'no_pin' | 'esim';
  iccid: string;
  /** The number from Relais' stock, or null when the operator gives it (CAT-07/10: Orange 14 digits). */
  msisdn: string | null;
  numberAssignment: NumberAssignment;
  portability: { number: string; rio: string; date: string } | null;
}

export interface CreateLineResult {
  operatorRef: string;
  /** The line's number: the one sent, or the one the operator gave. */
  msisdn: string;
  status: 'active';
}

export class OperatorError extends Error {
  constructor(
    message: string,
    /** true: try again later (operator down); false: the operator refused, compensate. */
    readonly retryable: boolean,
  ) {
    super(message);
    this.name = 'OperatorError';
  }
}

/**
 * USE-04/USE-05: stop or restore a line's data at the operator. Idempotent by `commandId` (a
 * retried call changes nothing twice); `blocked` is the state wanted, not a toggle.
 */
export interface DataBlockRequest {
  commandId: string;
  network: Network;
  lineId: string;
  msisdn: string;
  blocked: boolean;
  /**
   * USE-05, CAT-09: the roaming zone whose data is stopped or restored (a cut-off), or 'threshold'
   * (pay-as-you-go data threshold); absent: the line's data (the envelope, USE-04).
   */
  scope?: string;
}

/** USE-06: add a data volume to the line's month at the operator (idempotent by `rechargeId`). */
export interface DataRechargeRequest {
  rechargeId: string;
  network: Network;
  lineId: string;
  msisdn: string;
  volumeMb: number;
}

/** CAT-05 (Orange): suspend or restore the line's SMS sending (idempotent by `commandId`). */
export interface SmsSuspensionRequest {
  commandId: string;
  network: Network;
  lineId: string;
  msisdn: string;
  suspended: boolean;
}

export interface OperatorGateway {
  createLine(req: CreateLineRequest): Promise<CreateLineResult>;
  /** Compensation of createLine when a later step of the order fails. */
  cancelLine(req: { network: Network; operatorRef: string; lineId: string }): Promise<void>;
  setDataBlock(req: DataBlockRequest): Promise<{ operatorRef: string }>;
  rechargeData(req: DataRechargeRequest): Promise<{ operatorRef: string }>;
  setSmsSuspension(req: SmsSuspensionRequest): Promise<{ operatorRef: string }>;
}
