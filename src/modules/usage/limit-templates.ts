import { defineTemplate, paragraph } from '../../platform/notify/index.ts';

/**
 * USE-05 (a roaming zone's cut-off) and CAT-09 (the pay-as-you-go threshold): the e-mail to the
 * reseller's users when a line's data reaches 80 % or 100 % of the limit.
 */
export interface LimitAlertMail {
  msisdn: string;
  userName: string;
  accountName: string;
  /** The limit in words: "Cut-off Maghreb + Turquie (compteur) 1 Go" or "Seuil data 5 Go". */
  limitName: { fr: string; en: string };
  threshold: 80 | 100;
  used: { fr: string; en: string };
  limit: { fr: string; en: string };
  monthLabel: { fr: string; en: string };
  /** CAT-09 "recharges when reached": the pay-as-you-go threshold, which a recharge raises. */
  rechargeable?: boolean;
}

const spaced = (msisdn: string) => (msisdn.length === 10 ? msisdn.replace(/(\d{2})(?=\d)/g, '$1 ') : msisdn);

export const limitAlertTemplate = defineTemplate<LimitAlertMail>({
  name: 'usage.limit_alert',
  fr: (d) => ({
    subject: `Ligne ${spaced(d.msisdn)} : ${d.threshold} % de « ${d.limitName.fr} » atteints`,
    blocks: [
      paragraph(
        `La ligne ${spaced(d.msisdn)} de ${d.userName} (${d.accountName}) a consommé ${d.used.fr} sur ${d.limit.fr} (${d.limitName.fr}) en ${d.monthLabel.fr}.`,
      ),
      paragraph(
        d.threshold === 100
          ? d.rechargeable
            ? 'La data est coupée jusqu’au 1er du mois prochain, ou dès que vous changez le seuil ou qu’une recharge commandée depuis la page de la ligne (« Commander une recharge ») est appliquée.'
            : 'La data est coupée pour cette limite jusqu’au 1er du mois prochain, ou dès que vous changez la limite.'
          : 'À 100 %, la data sera coupée pour cette limite. Vous pouvez changer la limite depuis la page de la ligne.',
      ),
    ],
  }),
  en: (d) => ({
    subject: `Line ${spaced(d.msisdn)}: ${d.threshold}% of “${d.limitName.en}” reached`,
    blocks: [
      paragraph(
        `Line ${spaced(d.msisdn)} of ${d.userName} (${d.accountName}) has used ${d.used.en} of ${d.limit.en} (${d.limitName.en}) in ${d.monthLabel.en}.`,
      ),
      paragraph(
        d.threshold === 100
          ? d.rechargeable
            ? 'Data stops until the 1st of next month, or as soon as you change the threshold or a recharge ordered from the line’s page (“Order a recharge”) is applied.'
            : 'Data stops for this limit until the 1st of next month, or as soon as you change the limit.'
          : 'At 100%, data will stop for this limit. You can change the limit from the line’s page.',
      ),
    ],
  }),
});
