import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Button } from './button.tsx';
import { cx } from './cx.ts';
import { Icon } from './icons.tsx';

export interface ToastInput {
  tone?: 'success' | 'info' | 'warning' | 'danger';
  title: string;
  description?: string;
}

interface ToastItem extends ToastInput {
  id: number;
}

type ShowToast = (toast: ToastInput) => void;

const ToastContext = createContext<ShowToast>(() => undefined);

/** Short confirmations ("Modifications enregistrées."); errors that need reading stay in banners. */
export function useToast(): ShowToast {
  return useContext(ToastContext);
}

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<ToastItem[]>([]);
  const nextId = useRef(1);
  const timers = useRef(new Map<number, number>());

  const dismiss = useCallback((id: number) => {
    setToasts((current) => current.filter((toast) => toast.id !== id));
    const timer = timers.current.get(id);
    if (timer !== undefined) window.clearTimeout(timer);
    timers.current.delete(id);
  }, []);

  const show = useCallback<ShowToast>(
    (toast) => {
      const id = nextId.current++;
      setToasts((current) => [...current.slice(-4), { ...toast, id }]);
      const delay = toast.tone === 'danger' || toast.tone === 'warning' ? 10_000 : 5_000;
      timers.current.set(
        id,
        window.setTimeout(() => dismiss(id), delay),
      );
    },
    [dismiss],
  );

  useEffect(() => {
    const pending = timers.current;
    return () => {
      for (const timer of pending.values()) window.clearTimeout(timer);
    };
  }, []);

  const value = useMemo(() => show, [show]);
  return (
    <ToastContext.Provider value={value}>
      {children}
      {createPortal(<ToastRegion toasts={toasts} onDismiss={dismiss} />, document.body)}
    </ToastContext.Provider>
  );
}

function ToastRegion({ toasts, onDismiss }: { toasts: ToastItem[]; onDismiss: (id: number) => void }) {
  const { t } = useTranslation();
  return (
    <section className="k-toasts" aria-label={t('kit.notifications')}>
      <div aria-live="polite" aria-relevant="additions">
        {toasts.map((toast) => (
          <div
            key={toast.id}
            className={cx('k-toast', `k-toast--${toast.tone ?? 'success'}`)}
            role={toast.tone === 'danger' ? 'alert' : 'status'}
          >
            <Icon
              name={
                toast.tone === 'danger' || toast.tone === 'warning'
                  ? 'alert'
                  : toast.tone === 'info'
                    ? 'info'
                    : 'check'
              }
            />
            <div className="k-toast__content">
              <p className="k-toast__title">{toast.title}</p>
              {toast.description ? <p className="k-toast__description">{toast.description}</p> : null}
            </div>
            <Button
              variant="ghost"
              size="sm"
              icon="close"
              aria-label={t('kit.closeToast')}
              onClick={() => onDismiss(toast.id)}
            />
          </div>
        ))}
      </div>
    </section>
  );
}
