/// <reference types="vite/client" />

/** libphonenumber-js metadata for the countries the UI formats (web/vite.config.ts). */
declare module 'virtual:phone-metadata' {
  import type { MetadataJson } from 'libphonenumber-js/core';
  const metadata: MetadataJson;
  export default metadata;
}
