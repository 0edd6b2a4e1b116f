/**
 * Support desk rules (SUP-01..SUP-10, NET-05, CS-01, CAL-01/02), by topic: pure functions over
 * plain data, the instant always passed in. The use cases call them inside the transaction that
 * makes each change.
 */
export * from './incident-rules.ts';
export * from './operator-rules.ts';
export * from './intervention-rules.ts';
export * from './charge-rules.ts';
export * from './sla-rules.ts';
export * from './icalendar.ts';
