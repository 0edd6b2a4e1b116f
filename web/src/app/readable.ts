import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * What the server sends as codes — audit events (`incident.created`), object types (`tenant`),
 * e-mail templates (`demo.welcome`) — in the reader's language. The labels live in
 * `readable.*` of the i18n files, nested at the dot as the code is sent. A code without a label
 * reads as a generic name, never as the code itself: users read names (issue 10).
 */
export function useReadable() {
  const { t, i18n } = useTranslation();
  const known = useCallback((key: string) => /^[\w.]+$/.test(key) && i18n.exists(key), [i18n]);
  const event = useCallback(
    (code: string) =>
      // The key is checked to exist just above: its type is not known statically.
      known(`readable.events.${code}`) ? t(`readable.events.${code}` as never) : t('readable.otherEvent'),
    [known, t],
  );
  const entityType = useCallback(
    (code: string) =>
      known(`readable.entityTypes.${code}`)
        ? t(`readable.entityTypes.${code}` as never)
        : t('readable.otherObject'),
    [known, t],
  );
  const template = useCallback(
    (code: string | null) =>
      code && known(`readable.templates.${code}`)
        ? t(`readable.templates.${code}` as never)
        : t('readable.templates.generic'),
    [known, t],
  );
  /** An author: a name when there is one, Relais itself for `system` and the worker. */
  const author = useCallback((name: string | null | undefined) => name || t('readable.bySystem'), [t]);
  return { event, entityType, template, author };
}
