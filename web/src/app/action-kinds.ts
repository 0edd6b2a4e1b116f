import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { fr } from '../i18n/fr.ts';

type KindLabels = typeof fr.actions.kinds;
/** Every labelled kind as the server sends it (`line.sim_swap`): the labels nest at the dot. */
type KnownKind = {
  [Area in keyof KindLabels]: `${Area}.${keyof KindLabels[Area] & string}`;
}[keyof KindLabels];
const KNOWN_KINDS: readonly string[] = Object.entries(fr.actions.kinds).flatMap(([area, verbs]) =>
  Object.keys(verbs).map((verb) => `${area}.${verb}`),
);

/** A pending action's kind in the user's language ("Changement de SIM"); an unknown one as sent. */
export function useActionKindLabel(): (kind: string) => string {
  const { t } = useTranslation();
  return useCallback(
    (kind: string) => (KNOWN_KINDS.includes(kind) ? t(`actions.kinds.${kind as KnownKind}`) : kind),
    [t],
  );
}
