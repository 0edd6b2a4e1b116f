import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Button } from './button.tsx';
import { cx } from './cx.ts';

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

let openDialogs = 0;

export interface DialogProps {
  open: boolean;
  onClose: () => void;
  title: ReactNode;
  description?: ReactNode;
  children?: ReactNode;
  /** Buttons, usually [secondary "Annuler", primary action]. */
  footer?: ReactNode;
  size?: 'sm' | 'md' | 'lg';
  /** A tone for the title bar of destructive confirmations. */
  tone?: 'default' | 'danger';
}

/**
 * A modal dialog: labelled by its title, focus moved in on open (to the element marked
 * data-autofocus, else the first field, else the dialog itself), Tab kept inside, Escape closes,
 * focus given back to what opened it. Unmounted when closed, so forms inside start afresh.
 */
export function Dialog(props: DialogProps) {
  if (!props.open) return null;
  return createPortal(<DialogWindow {...props} />, document.body);
}

function DialogWindow({
  onClose,
  title,
  description,
  children,
  footer,
  size = 'md',
  tone = 'default',
}: DialogProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const descriptionId = useId();

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const node = ref.current;
    if (node) {
      const target =
        node.querySelector<HTMLElement>('[data-autofocus]') ??
        node.querySelector<HTMLElement>(
          '.k-dialog__body input:not([disabled]):not([readonly]), .k-dialog__body select, .k-dialog__body textarea',
        ) ??
        node;
      target.focus();
    }
    openDialogs += 1;
    document.body.classList.add('k-scroll-locked');
    return () => {
      openDialogs -= 1;
      if (openDialogs === 0) document.body.classList.remove('k-scroll-locked');
      if (opener && opener.isConnected) opener.focus();
    };
  }, []);

  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();
      return;
    }
    if (event.key !== 'Tab' || !ref.current) return;
    const focusables = Array.from(ref.current.querySelectorAll<HTMLElement>(FOCUSABLE)).filter(
      (element) => element.offsetParent !== null || element === document.activeElement,
    );
    const first = focusables[0];
    const last = focusables[focusables.length - 1];
    if (!first || !last) {
      event.preventDefault();
      return;
    }
    if (event.shiftKey && (document.activeElement === first || document.activeElement === ref.current)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <div className="k-dialog-backdrop">
      <div
        ref={ref}
        className={cx('k-dialog', `k-dialog--${size}`, tone === 'danger' && 'k-dialog--danger')}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={description ? descriptionId : undefined}
        tabIndex={-1}
        onKeyDown={handleKeyDown}
      >
        <header className="k-dialog__header">
          <h2 className="k-dialog__title" id={titleId}>
            {title}
          </h2>
          <Button
            variant="ghost"
            size="sm"
            icon="close"
            aria-label={t('kit.closeDialog')}
            onClick={onClose}
          />
        </header>
        <div className="k-dialog__body">
          {description ? (
            <p className="k-dialog__description" id={descriptionId}>
              {description}
            </p>
          ) : null}
          {children}
        </div>
        {footer ? <footer className="k-dialog__footer">{footer}</footer> : null}
      </div>
    </div>
  );
}

/** "Are you sure?" with the consequence spelled out, and the error if the action failed. */
export function ConfirmDialog({
  open,
  onClose,
  onConfirm,
  title,
  description,
  confirmLabel,
  cancelLabel,
  loading,
  tone = 'danger',
  children,
}: {
  open: boolean;
  onClose: () => void;
  onConfirm: () => void;
  title: ReactNode;
  description: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  loading?: boolean;
  tone?: 'default' | 'danger';
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={title}
      description={description}
      size="sm"
      tone={tone}
      footer={
        <>
          <Button onClick={onClose} data-autofocus>
            {cancelLabel ?? t('common.cancel')}
          </Button>
          <Button variant={tone === 'danger' ? 'danger' : 'primary'} loading={loading} onClick={onConfirm}>
            {confirmLabel}
          </Button>
        </>
      }
    >
      {children}
    </Dialog>
  );
}
