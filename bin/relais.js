#!/usr/bin/env node
// The `relais` command. TypeScript sources run through tsx so that a fresh clone needs no build step.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli.ts');
