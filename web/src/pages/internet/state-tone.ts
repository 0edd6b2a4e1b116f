import type { Tone } from '../../kit/badge.tsx';

/** The colour of a subscription's state pill. */
export function stateTone(state: string): Tone {
  if (state === 'active') return 'success';
  if (state === 'termination_pending' || state === 'fee_charged') return 'warning';
  if (state === 'terminated' || state === 'box_returned') return 'neutral';
  return 'info';
}
