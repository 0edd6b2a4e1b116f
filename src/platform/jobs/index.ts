export {
  enqueueJob,
  getJob,
  getJobByDedupeKey,
  type EnqueueJobInput,
  type Job,
  type JobStatus,
} from './job-store.ts';
export {
  createWorker,
  type JobContext,
  type JobFailure,
  type JobHandler,
  type JobCall,
  type JobHandlerSpec,
  type JobRun,
  type Worker,
  type WorkerOptions,
  type WorkerSweep,
} from './worker.ts';
export { exponentialBackoff, defaultJobBackoff, type Backoff } from './backoff.ts';
export { silentLogger, type WorkerLogger } from './logger.ts';
export {
  ACTION_JOB_KIND,
  ACTION_STATUSES,
  actionDedupeKey,
  actionJobHandler,
  cancelAction,
  createActionRegistry,
  ensureRecurringAction,
  getAction,
  listActions,
  registerAction,
  runActionNow,
  scheduleAction,
  type ActionContext,
  type ActionFilter,
  type ActionHandler,
  type CallingActionHandler,
  type ActionRegistry,
  type ActionStatus,
  type ListActionsQuery,
  type PendingAction,
  type ScheduleActionInput,
} from './actions.ts';
export {
  createPlatformWorker,
  startPlatformWorker,
  type PlatformWorker,
  type PlatformWorkerDeps,
  type PlatformWorkerOptions,
} from './platform-worker.ts';
export { IDEMPOTENCY_TTL_HOURS, SENSITIVE_BODY_HOURS, retentionSweep, runRetention } from './retention.ts';
export { purgeIdempotencyKeys } from '../http/idempotency-store.ts';
