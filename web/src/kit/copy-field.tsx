import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './button.tsx';

/**
 * A secret shown once (temporary password, API token): read-only, selected on focus, one click
 * to copy. navigator.clipboard needs a secure context; on plain http the text is selected and
 * the user is told to press Ctrl+C.
 */
export function CopyField({ label, value, hint }: { label: ReactNode; value: string; hint?: ReactNode }) {
  const { t } = useTranslation();
  const inputId = useId();
  const hintId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const resetTimer = useRef<number | undefined>(undefined);

  useEffect(() => () => window.clearTimeout(resetTimer.current), []);

  const copy = async () => {
    let ok = false;
    try {
      if (navigator.clipboard && window.isSecureContext) {
        await navigator.clipboard.writeText(value);
        ok = true;
      }
    } catch {
      ok = false;
    }
    if (!ok) inputRef.current?.select();
    setState(ok ? 'copied' : 'failed');
    window.clearTimeout(resetTimer.current);
    if (ok) resetTimer.current = window.setTimeout(() => setState('idle'), 2500);
  };

  return (
    <div className="k-field k-copy-field">
      <label className="k-field__label" htmlFor={inputId}>
        {label}
      </label>
      <div className="k-copy-field__row">
        <input
          ref={inputRef}
          id={inputId}
          className="k-input k-mono"
          readOnly
          value={value}
          aria-describedby={hint ? hintId : undefined}
          onFocus={(event) => event.currentTarget.select()}
          spellCheck={false}
          autoComplete="off"
        />
        <Button variant="primary" icon={state === 'copied' ? 'check' : 'copy'} onClick={() => void copy()}>
          {state === 'copied' ? t('kit.copied') : t('kit.copy')}
        </Button>
      </div>
      {hint ? (
        <p className="k-field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      <p className="k-field__error" aria-live="polite">
        {state === 'failed' ? t('kit.copyFailed') : ''}
      </p>
    </div>
  );
}
