import { afterEach } from 'vitest';
import { recordFailure } from './support.ts';

// Every browser test file: what the pages showed when a test failed (test/e2e/support.ts).
afterEach(async ({ task }) => {
  if (task.result?.state === 'fail') await recordFailure(`${task.file.name} > ${task.name}`);
});
