export { createSecretBox, parseSecretKey, secretKeyId, type SecretBox } from './secret-box.ts';
export { EMBEDDED_KEY_FILE, loadOrCreateEmbeddedKey } from './embedded-key.ts';
export { MASK, maskSecrets } from './mask-secrets.ts';
