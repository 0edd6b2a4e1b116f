import { installRelaisModules } from '../../src/modules/index.ts';

/**
 * Issue 9: modules declare their error codes, policies and templates in their manifests, which the
 * server and the worker install at start. Unit tests that read a message or a status without
 * starting either import this file for the same declarations (it was a vitest setupFiles, which
 * cost every test file ~1.7 s: now only the tests that need it pay for it).
 */
installRelaisModules();
