import {
  CategoryScale,
  Chart as ChartJS,
  Filler,
  Legend,
  LinearScale,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import { Line } from 'react-chartjs-2';
import { useTranslation } from 'react-i18next';
import type { LineDataChart } from '../../api/usage-recharge.ts';
import { formatBytes } from './line-usage-card.tsx';

ChartJS.register(CategoryScale, LinearScale, PointElement, LineElement, Filler, Tooltip, Legend);

const GB = 1024 * 1024 * 1024;

/**
 * USE-07: the month's in-plan data, cumulative per day, against the envelope with its 80 % and
 * 100 % marks. Loaded on its own (React.lazy in the card): chart.js stays out of the first page.
 */
export default function DataChart({ chart }: { chart: LineDataChart }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const fr = lang.startsWith('fr');
  const labels = chart.days.map((d) => d.day.slice(8));
  const gb = (bytes: number) => Math.round((bytes / GB) * 100) / 100;
  const env = chart.envelopeBytes;
  const mark = (label: string, share: number, color: string) => ({
    label,
    data: chart.days.map(() => gb((env ?? 0) * share)),
    borderColor: color,
    borderDash: [6, 4],
    borderWidth: 1.5,
    pointRadius: 0,
    fill: false,
  });
  const last = chart.days.at(-1);
  const used = formatBytes(last?.cumulativeBytes ?? 0, lang);
  const day = last
    ? new Intl.DateTimeFormat(fr ? 'fr-FR' : 'en-GB', {
        day: 'numeric',
        month: 'long',
        timeZone: 'UTC',
      }).format(new Date(`${last.day}T12:00:00Z`))
    : '';
  const summary =
    env === null
      ? t('usageViews.chart.summaryNoEnvelope', { used, day })
      : t('usageViews.chart.summary', { used, day, envelope: formatBytes(env, lang) });
  return (
    <figure className="usage-chart-figure">
      <div className="usage-chart">
        <Line
          role="img"
          aria-label={`${t('usageViews.chart.title')} : ${summary}`}
          options={{
            responsive: true,
            maintainAspectRatio: false,
            animation: false,
            interaction: { mode: 'index', intersect: false },
            scales: {
              y: { beginAtZero: true, title: { display: true, text: t('usageViews.chart.axis') } },
            },
            plugins: { legend: { position: 'bottom' } },
          }}
          data={{
            labels,
            datasets: [
              {
                label: t('usageViews.chart.cumulative'),
                data: chart.days.map((d) => gb(d.cumulativeBytes)),
                borderColor: '#2563eb',
                backgroundColor: 'rgba(37, 99, 235, 0.15)',
                fill: true,
                pointRadius: 2,
              },
              ...(env === null
                ? []
                : [
                    mark(t('usageViews.chart.mark80'), 0.8, '#d97706'),
                    mark(t('usageViews.chart.mark100'), 1, '#dc2626'),
                  ]),
            ],
          }}
        />
      </div>
      <figcaption className="muted usage-chart__summary">{summary}</figcaption>
    </figure>
  );
}
