import { installRelaisModules } from '../../src/modules/index.ts';

/**
 * Issue 9: modules declare their error codes, policies and templates in their manifests, which the
 * server and the worker install at start. Unit tests that read a message or a status without
 * starting either get the same declarations from here (vitest setupFiles).
 */
installRelaisModules();
