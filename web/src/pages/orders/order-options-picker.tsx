import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogOfferDetail, CatalogOption, CatalogPrice } from '../../api/catalog.ts';
import type { OperatorPartnerships } from '../../api/types.ts';
import { Banner } from '../../kit/banner.tsx';
import { Checkbox } from '../../kit/fields.tsx';
import { Skeleton } from '../../kit/spinner.tsx';
import { useCatalogFormat } from '../catalog/catalog-format.ts';
import './orders.css';

/** The kinds the picker offers, in this order; the others have their own field or request. */
const PICKED_KINDS = ['fixed_ip', 'voice_service', 'handset_service'] as const;
type PickedKind = (typeof PICKED_KINDS)[number];

/** Why an option is shown but cannot be chosen; null: it can. */
export type OptionBlock =
  | { reason: 'handset' }
  | { reason: 'partner'; partner: string; network: CatalogOption['network'] }
  | { reason: 'price' }
  | null;

function isPicked(o: CatalogOption): o is CatalogOption & { kind: PickedKind } {
  return (PICKED_KINDS as readonly string[]).includes(o.kind);
}

/**
 * The options of the picker: what the catalog allows on the offer (GET /api/catalog/offers/:id),
 * minus what the form asks elsewhere: the eSIM is the SIM type (CAT-11), each roaming zone has its
 * own select (ORD-09), a recharge is its own request (USE-06).
 */
export function pickerOptions(
  offer: CatalogOfferDetail | undefined,
): (CatalogOption & { kind: PickedKind })[] {
  return (offer?.allowedOptions ?? []).filter(isPicked);
}

/**
 * Why an option cannot be ordered, as the server would refuse it: CAT-13 a handset-activated
 * service has nothing to order; CAT-12 partner-platform delivery is for the reseller's partner
 * programme only (ACT-08 partnerships); a price "à définir" cannot be ordered.
 */
export function optionBlock(option: CatalogOption, partnerships: OperatorPartnerships): OptionBlock {
  if (option.handsetActivated) return { reason: 'handset' };
  if (option.partnerOnly !== null && partnerships[option.network] !== option.partnerOnly)
    return { reason: 'partner', partner: option.partnerOnly, network: option.network };
  if (option.priceToBeSet) return { reason: 'price' };
  return null;
}

/** What remains of the chosen options on a new offer, and what is dropped (names when known). */
export function keepOptions(
  selected: readonly string[],
  offer: CatalogOfferDetail,
  partnerships: OperatorPartnerships,
): { kept: string[]; dropped: string[] } {
  const ok = new Set(
    pickerOptions(offer)
      .filter((o) => optionBlock(o, partnerships) === null)
      .map((o) => o.id),
  );
  return { kept: selected.filter((c) => ok.has(c)), dropped: selected.filter((c) => !ok.has(c)) };
}

/** Choosing `code` in an exclusive group drops the group's other choices; '' chooses none. */
export function chooseInGroup(
  selected: readonly string[],
  groupMembers: readonly string[],
  code: string,
): string[] {
  const rest = selected.filter((c) => !groupMembers.includes(c));
  return code ? [...rest, code] : rest;
}

type Entry =
  { type: 'single'; option: CatalogOption } | { type: 'group'; group: string; options: CatalogOption[] };

/** A kind's options in catalog order; options of one `group` are one exclusive choice. */
function entriesOf(options: readonly CatalogOption[]): Entry[] {
  const out: Entry[] = [];
  for (const option of options) {
    if (!option.group) {
      out.push({ type: 'single', option });
      continue;
    }
    const entry = out.find((e) => e.type === 'group' && e.group === option.group);
    if (entry?.type === 'group') entry.options.push(option);
    else out.push({ type: 'group', group: option.group, options: [option] });
  }
  return out;
}

/**
 * Per order line (issue 3 §4), the options besides the SIM type and roaming: fixed IP and its
 * delivery mode (CAT-12/CAT-20), the other services (CAT-14, including Bouygues's blocking options,
 * CAT-19). Grouped by kind, each with its monthly price excl. VAT; options of one group are one
 * choice (radio buttons); what cannot be ordered is shown disabled with the reason. The server's
 * refusal for the line's options (field `/body/lines/<i>/options`) shows under the picker.
 */
export function OrderOptionsPicker({
  legend,
  offer,
  offerChosen,
  selected,
  partnerships,
  dropped,
  error,
  onChange,
}: {
  legend: string;
  offer: CatalogOfferDetail | undefined;
  /** An offer is chosen (its detail may still be loading). */
  offerChosen: boolean;
  selected: readonly string[];
  partnerships: OperatorPartnerships;
  /** Names of the options dropped by the last change of offer, to say so. */
  dropped: readonly string[];
  error: string | undefined;
  onChange: (selected: string[]) => void;
}) {
  const { t } = useTranslation();
  const format = useCatalogFormat();
  const id = useId();
  const errorId = `${id}-error`;
  const options = pickerOptions(offer);
  const groupNames: Record<string, string | undefined> = t('mobile.orders.options.groups', {
    returnObjects: true,
  });
  const partnerNames: Record<string, string | undefined> = t('mobile.sim.partners', {
    returnObjects: true,
  });

  const priceText = (option: CatalogOption): string => {
    if (option.priceToBeSet) return t('mobile.orders.options.toBeSet');
    const parts = option.prices.map((p: CatalogPrice) =>
      p.component === 'monthly'
        ? t('mobile.orders.options.perMonth', { price: format.price(p) })
        : p.component === 'one_off'
          ? t('mobile.orders.options.oneOff', { price: format.price(p) })
          : format.price(p),
    );
    return parts.join(' + ');
  };
  const labelOf = (option: CatalogOption) => `${option.name} — ${priceText(option)}`;
  const reasonOf = (block: OptionBlock): string | undefined => {
    if (!block) return undefined;
    if (block.reason === 'handset') return t('mobile.orders.options.handset');
    if (block.reason === 'price') return t('mobile.orders.options.priceToBeSet');
    return t('mobile.orders.options.partnerOnly', {
      partner: partnerNames[block.partner] ?? block.partner,
      network: t(`mobile.networks.${block.network}`),
    });
  };

  return (
    <fieldset
      className="k-form-section order-options"
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? errorId : undefined}
    >
      <legend className="k-form-section__title">{legend}</legend>
      {dropped.length > 0 ? (
        <Banner tone="warning">{t('mobile.orders.options.dropped', { names: dropped.join(', ') })}</Banner>
      ) : null}
      {!offer ? (
        offerChosen ? (
          <Skeleton width="40%" />
        ) : (
          <p className="k-field__hint">{t('mobile.orders.options.chooseOfferFirst')}</p>
        )
      ) : options.length === 0 ? (
        <p className="k-field__hint">{t('mobile.orders.options.none')}</p>
      ) : (
        PICKED_KINDS.map((kind) => {
          const ofKind = options.filter((o) => o.kind === kind);
          if (ofKind.length === 0) return null;
          return (
            <div key={kind} className="order-options__kind">
              <p className="order-options__kind-title">{t(`mobile.orders.options.kinds.${kind}`)}</p>
              {entriesOf(ofKind).map((entry) =>
                entry.type === 'single' ? (
                  <Checkbox
                    key={entry.option.id}
                    label={labelOf(entry.option)}
                    hint={reasonOf(optionBlock(entry.option, partnerships))}
                    disabled={optionBlock(entry.option, partnerships) !== null}
                    checked={selected.includes(entry.option.id)}
                    onChange={(e) =>
                      onChange(
                        e.target.checked
                          ? [...selected, entry.option.id]
                          : selected.filter((c) => c !== entry.option.id),
                      )
                    }
                  />
                ) : (
                  <OptionGroup
                    key={entry.group}
                    name={`${id}-${entry.group}`}
                    legend={groupNames[entry.group] ?? t(`mobile.orders.options.kinds.${kind}`)}
                    noneLabel={t('mobile.orders.options.noneInGroup')}
                    items={entry.options.map((o) => ({
                      value: o.id,
                      label: labelOf(o),
                      reason: reasonOf(optionBlock(o, partnerships)),
                    }))}
                    value={entry.options.find((o) => selected.includes(o.id))?.id ?? ''}
                    onChange={(code) =>
                      onChange(
                        chooseInGroup(
                          selected,
                          entry.options.map((o) => o.id),
                          code,
                        ),
                      )
                    }
                  />
                ),
              )}
            </div>
          );
        })
      )}
      {error ? (
        <p className="k-field__error" id={errorId}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

/** One exclusive choice: "none" then each option, as radio buttons; a disabled one says why. */
function OptionGroup({
  name,
  legend,
  noneLabel,
  items,
  value,
  onChange,
}: {
  name: string;
  legend: string;
  noneLabel: string;
  items: { value: string; label: string; reason: string | undefined }[];
  value: string;
  onChange: (value: string) => void;
}) {
  const all = [{ value: '', label: noneLabel, reason: undefined }, ...items];
  return (
    <fieldset className="order-options__group">
      <legend className="order-options__group-title">{legend}</legend>
      {all.map((item, i) => {
        const inputId = `${name}-${i}`;
        const hintId = item.reason ? `${inputId}-hint` : undefined;
        return (
          <div key={item.value || 'none'} className="k-field k-field--check">
            <div className="k-check">
              <input
                id={inputId}
                type="radio"
                className="k-check__input"
                name={name}
                value={item.value}
                checked={value === item.value}
                disabled={item.reason !== undefined}
                aria-describedby={hintId}
                onChange={() => onChange(item.value)}
              />
              <label className="k-check__label" htmlFor={inputId}>
                {item.label}
              </label>
            </div>
            {item.reason ? (
              <p className="k-field__hint" id={hintId}>
                {item.reason}
              </p>
            ) : null}
          </div>
        );
      })}
    </fieldset>
  );
}
