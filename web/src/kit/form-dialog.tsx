import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from './banner.tsx';
import { Button } from './button.tsx';
import { Dialog, type DialogProps } from './dialog.tsx';
import { Form } from './form.tsx';

/**
 * A dialog holding one form: "Annuler" and the submit button in the footer (the button submits the
 * form by its id, so Enter in a field and the click do the same), the server's error above the
 * fields. Every create/edit dialog of the app is this shape.
 */
export function FormDialog({
  id,
  open = true,
  title,
  formLabel,
  submitLabel,
  pending,
  error,
  onClose,
  onSubmit,
  size,
  children,
}: {
  /** The form's DOM id (unique on the page). */
  id: string;
  open?: boolean;
  title: string;
  /** The form's accessible name when it differs from the title. */
  formLabel?: string;
  submitLabel: ReactNode;
  pending: boolean;
  error: unknown;
  onClose: () => void;
  onSubmit: () => void;
  size?: DialogProps['size'];
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={title}
      {...(size ? { size } : {})}
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" form={id} variant="primary" loading={pending}>
            {submitLabel}
          </Button>
        </>
      }
    >
      <Form onSubmit={onSubmit} id={id} aria-label={formLabel ?? title}>
        {error ? <ErrorBanner error={error} /> : null}
        {children}
      </Form>
    </Dialog>
  );
}
