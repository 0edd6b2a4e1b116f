import { describe, expect, it } from 'vitest';
import { renderModuleTemplate } from '../../platform/notify/index.ts';
import { esimActivation } from './templates.ts';
import { qrPngOf } from './service.ts';

const CODE = 'LPA:1$rsp-0004.oberthur.net$FNGIN-AOPQD-ITV3J-O2WPK$$1';

describe('the eSIM activation e-mail', () => {
  const data = async () => ({
    userName: 'Léa Fontaine',
    line: '06 39 98 00 03',
    activationCode: CODE,
    smdpAddress: 'rsp-0004.oberthur.net',
    matchingId: 'FNGIN-AOPQD-ITV3J-O2WPK',
    qrPng: (await qrPngOf(CODE)).toString('base64'),
  });

  it('SET-06 ORD-05 in French: the QR code in the mail, restart, never delete, contact the provider within an hour', async () => {
    const d = await data();
    const m = renderModuleTemplate(esimActivation, 'fr', d);
    // The QR code itself, as an image of the HTML part (a PNG: its signature in base64).
    expect(m.html).toContain(`<img src="data:image/png;base64,${d.qrPng}"`);
    expect(d.qrPng.startsWith('iVBORw0KGgo')).toBe(true);
    for (const part of [m.text, m.html]) {
      expect(part).toContain('Scannez le QR code ci-dessous');
      expect(part).toContain('Éteignez puis rallumez votre mobile');
      expect(part).toContain('ne supprimez jamais votre eSIM une fois qu’elle est activée');
      expect(part).toContain('Si vous ne l’avez pas reçu d’ici une heure, contactez votre fournisseur.');
      expect(part).toContain('bloqué après 3 essais erronés');
    }
    // Without the image (plain text), the code is there to type.
    expect(m.text).toContain(CODE);
    expect(m.text).not.toContain('base64');
  });

  it('SET-06 ORD-05 in English too', async () => {
    const m = renderModuleTemplate(esimActivation, 'en', await data());
    expect(m.html).toContain('<img src="data:image/png;base64,');
    for (const part of [m.text, m.html]) {
      expect(part).toContain('Scan the QR code below');
      expect(part).toContain('Switch your phone off and on again');
      expect(part).toContain('never delete your eSIM once it is activated');
      expect(part).toContain('If it has not arrived within an hour, contact your provider.');
    }
  });

  it('only base64 reaches the image: anything else shows the text alternative', async () => {
    const m = renderModuleTemplate(esimActivation, 'fr', {
      ...(await data()),
      qrPng: '"><script>x</script>',
    });
    expect(m.html).not.toContain('<img');
    expect(m.html).not.toContain('<script>');
    expect(m.html).toContain('QR code d’activation eSIM');
  });
});
