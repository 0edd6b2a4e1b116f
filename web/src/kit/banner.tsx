import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/client.ts';
import { Button } from './button.tsx';
import { cx } from './cx.ts';
import { Icon, type IconName } from './icons.tsx';
import type { Tone } from './badge.tsx';

const TONE_ICONS: Record<Tone, IconName> = {
  neutral: 'info',
  info: 'info',
  success: 'check',
  warning: 'alert',
  danger: 'alert',
};

export function Banner({
  tone = 'info',
  title,
  children,
  actions,
  className,
}: {
  tone?: Tone;
  title?: ReactNode;
  children?: ReactNode;
  actions?: ReactNode;
  className?: string;
}) {
  // Errors and warnings interrupt (alert); the rest is announced politely.
  const role = tone === 'danger' || tone === 'warning' ? 'alert' : 'status';
  return (
    <div className={cx('k-banner', `k-banner--${tone}`, className)} role={role}>
      <Icon name={TONE_ICONS[tone]} className="k-banner__icon" />
      <div className="k-banner__content">
        {title ? <p className="k-banner__title">{title}</p> : null}
        {children}
        {actions ? <div className="k-banner__actions">{actions}</div> : null}
      </div>
    </div>
  );
}

export interface DescribedError {
  code: string;
  title: string;
  detail: string;
  /** What to do about it, when the detail alone does not say. */
  hint: string | undefined;
  /** Every field problem the server listed (issue 10: all of them, e.g. each rejected CSV row). */
  problems: string[];
  /** Only for server failures (5xx): a typo needs no support ticket. */
  requestId: string | undefined;
}

type HintTable = Record<string, Record<string, string> | undefined>;

/** Reads any thrown value as a message for people: the server's own words first, then a hint by code. */
export function useDescribeError(): (error: unknown) => DescribedError {
  const { t } = useTranslation();
  const hints: HintTable = t('errors.hints', { returnObjects: true });
  return (error: unknown) => {
    if (isApiError(error)) {
      const [group = '', name = ''] = error.code.split('.');
      const hint = error.isNetworkError ? undefined : hints[group]?.[name];
      const problems = [...new Set(error.errors.map((e) => e.detail).filter(Boolean))];
      return {
        code: error.code,
        title: error.title,
        detail: error.detail,
        hint: hint && hint !== error.detail ? hint : undefined,
        // One problem that the detail already says is not repeated below it.
        problems: problems.length === 1 && problems[0] === error.detail ? [] : problems,
        requestId: error.status >= 500 ? error.requestId : undefined,
      };
    }
    return {
      code: 'unknown',
      title: t('errors.unexpected.title'),
      detail: t('errors.unknown'),
      hint: undefined,
      problems: [],
      requestId: undefined,
    };
  };
}

/**
 * The server's problem (detail in the chosen language), every field problem it lists, what to do
 * about it, and — for a server failure only — the request id support will ask for. A stale version offers to reload; a transient failure offers to retry.
 */
export function ErrorBanner({
  error,
  onRetry,
  onReload,
  reloadLabel,
  title,
  className,
}: {
  error: unknown;
  onRetry?: () => void;
  onReload?: () => void;
  reloadLabel?: string;
  /** Overrides the server's title. */
  title?: string;
  className?: string;
}) {
  const { t } = useTranslation();
  const describe = useDescribeError();
  if (!error) return null;
  const described = describe(error);
  const stale = described.code === 'conflict.stale_version' || described.code === 'precondition.required';
  const showReload = stale && onReload;
  return (
    <Banner
      tone="danger"
      className={className}
      title={title ?? described.title}
      actions={
        showReload || onRetry ? (
          <>
            {showReload ? (
              <Button size="sm" variant="primary" icon="refresh" onClick={onReload}>
                {reloadLabel ?? t('common.reload')}
              </Button>
            ) : null}
            {onRetry && !showReload ? (
              <Button size="sm" icon="refresh" onClick={onRetry}>
                {t('common.retry')}
              </Button>
            ) : null}
          </>
        ) : undefined
      }
    >
      {described.detail &&
      described.detail !== described.title &&
      !described.problems.includes(described.detail) ? (
        <p>{described.detail}</p>
      ) : null}
      {described.problems.length > 0 ? (
        <>
          <p>{t('inputs.problems', { count: described.problems.length })}</p>
          <ul className="k-banner__problems" tabIndex={0}>
            {described.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </>
      ) : null}
      {described.hint ? <p>{described.hint}</p> : null}
      {described.requestId ? (
        <p className="k-banner__reference">{t('errors.reference', { id: described.requestId })}</p>
      ) : null}
    </Banner>
  );
}
