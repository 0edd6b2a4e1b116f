import { createRequire } from 'node:module';
import type createDOMPurifyType from 'dompurify';
import type * as jsdom from 'jsdom';

export const MAX_LOGO_BYTES = 100 * 1024;

type Purify = ReturnType<typeof createDOMPurifyType>;
let purify: Purify | undefined;

/**
 * DOMPurify needs a DOM; one jsdom window serves every logo (sanitising is synchronous). jsdom is
 * loaded on the first SVG logo, not when the module is imported: it took a third of the time of
 * importing the whole app (every server start, every test file), for a rare admin action.
 */
function svgPurifier(): Purify {
  if (purify) return purify;
  const require = createRequire(import.meta.url);
  const { JSDOM } = require('jsdom') as typeof jsdom;
  const createDOMPurify = require('dompurify') as typeof createDOMPurifyType;
  const made = createDOMPurify(new JSDOM('').window as unknown as Parameters<typeof createDOMPurifyType>[0]);
  // A logo references nothing outside itself: links and <use> only point into the same document
  // ("#id"), so neither `jav&#x61;script:` nor a remote image or tracker survives.
  made.addHook('uponSanitizeAttribute', (_node, data) => {
    if (/^(?:xlink:)?href$|^src$/i.test(data.attrName) && !data.attrValue.trim().startsWith('#')) {
      data.keepAttr = false;
    }
  });
  purify = made;
  return made;
}

/**
 * SVG through DOMPurify's SVG allowlist (elements, attributes, URI schemes), rather than a
 * hand-written deny list that `jav&#x61;script:` and `<foreignObject>` went through.
 * Null when nothing of an SVG remains.
 */
export function sanitizeSvg(text: string): string | null {
  const clean = svgPurifier().sanitize(text, {
    USE_PROFILES: { svg: true, svgFilters: true },
    ADD_TAGS: ['use'],
    ADD_ATTR: ['xmlns:xlink'],
    FORBID_TAGS: ['foreignObject'],
  });
  return /^<svg[\s>]/i.test(clean) ? clean : null;
}

/**
 * A logo is a PNG, JPEG or SVG data URL of at most 100 kB (SC-03 shows it at 120×60 px).
 * Returns the data URL to store (an SVG sanitised) or null when it is not a logo.
 */
export function acceptLogo(dataUrl: string): string | null {
  const m = /^data:image\/(png|jpeg|svg\+xml);base64,([A-Za-z0-9+/]+={0,2})$/.exec(dataUrl);
  if (!m) return null;
  const bytes = Buffer.from(m[2] as string, 'base64');
  if (bytes.length === 0 || bytes.length > MAX_LOGO_BYTES) return null;
  if (m[1] === 'png')
    return bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
      ? dataUrl
      : null;
  if (m[1] === 'jpeg') return bytes[0] === 0xff && bytes[1] === 0xd8 ? dataUrl : null;
  const svg = sanitizeSvg(bytes.toString('utf8'));
  return svg ? `data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}` : null;
}
