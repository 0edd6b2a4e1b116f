import {
  isOpen,
  nextOpening,
  type CalendarContext,
  type OpeningWindow,
} from '../../platform/calendar/index.ts';

/** ORD-03 (Relais): a request outside the window waits for the next opening; inside, it goes now. */
export function submissionInstant(now: Date, window: OpeningWindow, cal: CalendarContext): Date {
  return isOpen(now, window, cal) ? now : nextOpening(now, window, cal);
}
