import { defineTemplate, paragraph } from '../../platform/notify/index.ts';

/** USE-03: the e-mail to the reseller's users when a line's data reaches 80 % or 100 % of its envelope. */
export interface DataAlertMail {
  msisdn: string;
  userName: string;
  accountName: string;
  offerName: string;
  threshold: 80 | 100;
  used: string;
  envelope: string;
  /** USE-04: what happens now: "data_blocked", "throttled", or null below the envelope. */
  state: 'data_blocked' | 'throttled' | null;
  monthLabel: { fr: string; en: string };
}

const spaced = (msisdn: string) => (msisdn.length === 10 ? msisdn.replace(/(\d{2})(?=\d)/g, '$1 ') : msisdn);

export const dataAlertTemplate = defineTemplate<DataAlertMail>({
  name: 'usage.data_alert',
  fr: (d) => ({
    subject: `Ligne ${spaced(d.msisdn)} : ${d.threshold} % de l’enveloppe data atteints`,
    blocks: [
      paragraph(
        `La ligne ${spaced(d.msisdn)} de ${d.userName} (${d.accountName}) a consommé ${d.used} de son enveloppe de ${d.envelope} en ${d.monthLabel.fr} (${d.offerName}).`,
      ),
      paragraph(
        d.state === 'data_blocked'
          ? 'Data bloquée : le forfait est bloqué, la data est coupée jusqu’au 1er du mois prochain ou jusqu’à une recharge.'
          : d.state === 'throttled'
            ? 'Débit réduit : le forfait n’est pas bloqué, la data continue à débit réduit, sans surfacturation en France.'
            : 'Pensez à prévenir l’utilisateur ou à proposer une recharge data.',
      ),
    ],
  }),
  en: (d) => ({
    subject: `Line ${spaced(d.msisdn)}: ${d.threshold}% of the data allowance reached`,
    blocks: [
      paragraph(
        `Line ${spaced(d.msisdn)} of ${d.userName} (${d.accountName}) has used ${d.used} of its ${d.envelope} allowance in ${d.monthLabel.en} (${d.offerName}).`,
      ),
      paragraph(
        d.state === 'data_blocked'
          ? 'Data blocked: the plan is blocked, data stops until the 1st of next month or a recharge.'
          : d.state === 'throttled'
            ? 'Reduced speed: the plan is not blocked, data goes on at reduced speed, with no overcharge in France.'
            : 'Consider warning the user or offering a data recharge.',
      ),
    ],
  }),
});
