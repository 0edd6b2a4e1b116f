import { describe, expect, it } from 'vitest';
import { acceptLogo, sanitizeSvg } from './logo.ts';

const dataUrl = (svg: string) => `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
const decoded = (url: string | null) =>
  Buffer.from(String(url).split(',')[1] ?? '', 'base64').toString('utf8');

describe('tenant logo (SVG through an allowlist)', () => {
  it.each([
    [
      'entity-encoded javascript: link',
      '<a href="jav&#x61;script:alert(1)"><rect width="9" height="9"/></a>',
    ],
    ['xlink javascript: link', '<a xlink:href="javascript:alert(1)"><rect width="9" height="9"/></a>'],
    [
      'foreignObject with HTML',
      '<foreignObject><iframe xmlns="http://www.w3.org/1999/xhtml" src="https://evil.test"/></foreignObject>',
    ],
    ['script element', '<script>alert(1)</script>'],
    ['event handler', '<rect width="9" height="9" onload="alert(1)"/>'],
    ['remote image', '<image href="https://tracker.evil.test/p.png" width="9" height="9"/>'],
    [
      'animate to javascript:',
      '<a><animate attributeName="href" to="javascript:alert(1)"/><rect width="9" height="9"/></a>',
    ],
  ])('removes %s', (_name, payload) => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 9 9">${payload}</svg>`;
    const out = decoded(acceptLogo(dataUrl(svg)));
    expect(out).toMatch(/^<svg /);
    expect(out).not.toMatch(
      /javascript|jav&#x61;|foreignObject|iframe|script|onload|https?:\/\/(?!www\.w3\.org)/i,
    );
  });

  it('keeps a plain logo drawing, its gradients and local references', () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 60"><defs><linearGradient id="g"><stop offset="0" stop-color="#0a5"/></linearGradient></defs>' +
      '<rect id="r" width="120" height="60" fill="url(#g)"/><use href="#r"/><text x="4" y="40">Relais &amp; Co</text></svg>';
    const out = sanitizeSvg(svg) ?? '';
    for (const kept of [
      'viewBox="0 0 120 60"',
      'fill="url(#g)"',
      '<use href="#r"',
      'Relais &amp; Co',
      '<linearGradient id="g"',
    ])
      expect(out).toContain(kept);
  });

  it('refuses what is not a logo, and keeps PNG and JPEG as sent', () => {
    expect(acceptLogo(dataUrl('<div>no svg</div>'))).toBeNull();
    expect(acceptLogo('data:text/html;base64,PHN2Zz4=')).toBeNull();
    const png = `data:image/png;base64,${Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]).toString('base64')}`;
    expect(acceptLogo(png)).toBe(png);
    expect(acceptLogo('data:image/png;base64,AAAA')).toBeNull();
  });
});
