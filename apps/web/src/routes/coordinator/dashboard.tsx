import { BarChart } from '../../components/bar-chart';
import { FieldErrors, SubmitButton, TextField } from '../../components/form';
import { Table } from '../../components/table';
import { graphql } from '../../graphql/generated';
import { formatDate, fromBerlinLocalInput, messages, toBerlinLocalInput } from '../../i18n/i18n';
import { get } from '../../server/route';
import type { Outcome, WebContext } from '../../server/web-context';
import { coordinatorPage, sections } from './coordinator-nav';

const m = messages(
  {
    intro: 'Was auf die Koordinierungsstelle wartet.',
    openReviews: 'Offene Prüfungen',
    openReports: 'Offene Meldungen',
    pendingApplications: 'Offene Mitgliedsanträge',
    failedDeliveries: 'Fehlgeschlagene Zustellungen',
    show: '{label} anzeigen',
    more: 'Weitere Aufgaben',
    statsTitle: 'Netzwerkstatistik',
    period: 'Zeitraum',
    from: 'Von',
    to: 'Bis',
    dateHint: 'Datum im Format JJJJ-MM-TT',
    apply: 'Anzeigen',
    badDate: 'Bitte geben Sie ein gültiges Datum an (JJJJ-MM-TT).',
    badOrder: '„Bis“ darf nicht vor „Von“ liegen.',
    caption: 'Kennzahlen je Kommune vom {from} bis {to}',
    municipality: 'Kommune',
    caseStudies: 'Praxisbeispiele',
    events: 'Veranstaltungen',
    members: 'Mitglieder',
    reuseReceived: 'Nachnutzungsanfragen erhalten',
    reuseSent: 'Nachnutzungsanfragen gestellt',
    reusesAdopted: 'Nachnutzungen',
    partnerInvolvements: 'Partnerbeteiligungen',
    total: 'Summe',
    chartTitle: 'Praxisbeispiele je Kommune vom {from} bis {to} (die {count} Kommunen mit den meisten)',
    moreInCsv: 'Die Tabelle zeigt die {shown} aktivsten Kommunen; die Summen zählen alle. {hidden, plural, one {Eine weitere Kommune steht} other {# weitere Kommunen stehen}} in der CSV-Datei.',
    chartNote: 'Balkendiagramm der neu veröffentlichten Praxisbeispiele je Kommune; alle Zahlen stehen in der Tabelle „Kennzahlen je Kommune“ unten.',
    noData: 'Im Zeitraum gibt es keine Kommunen mit Kennzahlen.',
    noCaseStudies: 'Im Zeitraum wurden keine Praxisbeispiele veröffentlicht; darum zeigt kein Diagramm etwas an.',
    csv: 'Tabelle als CSV herunterladen',
    caseStudiesHint: 'Praxisbeispiele: im Zeitraum erstmals veröffentlicht. Mitglieder: aktive Konten.',
  },
  {
    intro: 'What is waiting for the coordination office.',
    openReviews: 'Open reviews',
    openReports: 'Open reports',
    pendingApplications: 'Pending membership applications',
    failedDeliveries: 'Failed deliveries',
    show: 'Show {label}',
    more: 'More tasks',
    statsTitle: 'Network statistics',
    period: 'Period',
    from: 'From',
    to: 'To',
    dateHint: 'Date as YYYY-MM-DD',
    apply: 'Show',
    badDate: 'Please enter a valid date (YYYY-MM-DD).',
    badOrder: '“To” must not be before “From”.',
    caption: 'Figures per municipality from {from} to {to}',
    municipality: 'Municipality',
    caseStudies: 'Case studies',
    events: 'Events',
    members: 'Members',
    reuseReceived: 'Reuse requests received',
    reuseSent: 'Reuse requests sent',
    reusesAdopted: 'Reuses',
    partnerInvolvements: 'Partner involvements',
    total: 'Total',
    chartTitle: 'Case studies per municipality from {from} to {to} (the {count} municipalities with the most)',
    moreInCsv: 'The table shows the {shown} most active municipalities; the totals count all. {hidden, plural, one {One more municipality is} other {# more municipalities are}} in the CSV file.',
    chartNote: 'Bar chart of newly published case studies per municipality; every number is in the table “Figures per municipality” below.',
    noData: 'No municipality has figures in this period.',
    noCaseStudies: 'No case studies were published in this period, so there is no chart.',
    csv: 'Download the table as CSV',
    caseStudiesHint: 'Case studies: first published in the period. Members: active accounts.',
  },
);

const DashboardQuery = graphql(`
  query WebCoordinatorDashboard {
    reviewQueue(first: 1) { totalCount }
    reports(status: OPEN, first: 1) { totalCount }
    membershipApplications(status: APPLIED, first: 1) { totalCount }
    failedDeliveries(first: 1) { totalCount }
  }
`);

// The most active municipalities and the totals over all: a network of thousands sends only the
// rows the page shows (ADR 0015).
const StatsQuery = graphql(`
  query WebNetworkStats($from: DateTime!, $to: DateTime!, $first: Int!) {
    networkStatsTotals(from: $from, to: $to) {
      municipalities caseStudies events members reuseRequestsReceived reuseRequestsSent reusesAdopted partnerInvolvements
    }
    networkStats(from: $from, to: $to, first: $first, orderBy: ACTIVITY) {
      municipalityId name slug state caseStudies events members reuseRequestsReceived reuseRequestsSent reusesAdopted partnerInvolvements
    }
  }
`);

async function dashboard(ctx: WebContext): Promise<Outcome> {
  await ctx.require('COORDINATOR');
  const t = ctx.tr(m);
  const s = ctx.tr(sections);
  const data = await ctx.load(DashboardQuery, {});
  const counts: Array<[string, number, string]> = [
    [t('openReviews'), data.reviewQueue.totalCount, '/koordination/pruefung'],
    [t('openReports'), data.reports.totalCount, '/koordination/meldungen'],
    [t('pendingApplications'), data.membershipApplications.totalCount, '/koordination/antraege'],
    [t('failedDeliveries'), data.failedDeliveries.totalCount, '/koordination/zustellungen'],
  ];
  return coordinatorPage(
    ctx,
    s('workspace'),
    <>
      <p class="kern-body kern-body--large">{t('intro')}</p>
      <ul class="ik-counts">
        {counts.map(([label, count, href]) => (
          <li class="ik-card" key={href}>
            <a class="kern-link ik-count-link" href={href}>
              <span class="ik-count">{count}</span>
              <span>{label}</span>
            </a>
          </li>
        ))}
      </ul>
      <section aria-labelledby="weitere" class="ik-stack">
        <h2 class="kern-heading-medium" id="weitere">{t('more')}</h2>
        <ul class="kern-body ik-list">
          <li><a class="kern-link" href="/koordination/statistik">{t('statsTitle')}</a></li>
          <li><a class="kern-link" href="/koordination/kommunen">{s('municipalities')}</a></li>
          <li><a class="kern-link" href="/koordination/personen">{s('people')}</a></li>
          <li><a class="kern-link" href="/koordination/einladen">{s('invite')}</a></li>
          <li><a class="kern-link" href="/koordination/themen">{s('topics')}</a></li>
          <li><a class="kern-link" href="/koordination/protokoll">{s('audit')}</a></li>
        </ul>
      </section>
    </>,
  );
}

/** A calendar date (YYYY-MM-DD), or null. */
function parseDay(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const d = new Date(`${value}T12:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value ? null : value;
}

function addDays(day: string, days: number): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The period of the statistics: `von`/`bis` as whole days in Europe/Berlin; default the last 12 months. */
export function statsPeriod(ctx: WebContext): { von: string; bis: string; from?: string; to?: string; errors: FieldErrors } {
  const t = ctx.tr(m);
  const today = toBerlinLocalInput(new Date()).slice(0, 10);
  const yearAgo = `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;
  const von = ctx.query('von') ?? addDays(parseDay(yearAgo) ?? addDays(today, -365), 1);
  const bis = ctx.query('bis') ?? today;
  const errors: FieldErrors = {};
  const fromDay = parseDay(von);
  const toDay = parseDay(bis);
  if (!fromDay) errors.von = t('badDate');
  if (!toDay) errors.bis = t('badDate');
  if (fromDay && toDay && fromDay > toDay) errors.bis = t('badOrder');
  if (Object.keys(errors).length > 0 || !fromDay || !toDay) return { von, bis, errors };
  // The API takes instants: from the start of `von` to the start of the day after `bis`, in Berlin.
  const from = fromBerlinLocalInput(`${fromDay}T00:00`)!.toISOString();
  const to = fromBerlinLocalInput(`${addDays(toDay, 1)}T00:00`)!.toISOString();
  return { von, bis, from, to, errors };
}

/** Rows of the statistics table in the page; the CSV has all. */
const TABLE_ROWS = 100;

async function statistics(ctx: WebContext): Promise<Outcome> {
  await ctx.require('COORDINATOR');
  const t = ctx.tr(m);
  const period = statsPeriod(ctx);
  const form = (
    <form method="get" action="/koordination/statistik" class="ik-filters" aria-label={t('period')} noValidate>
      <TextField name="von" type="date" label={t('from')} hint={t('dateHint')} value={period.von} required error={period.errors.von} locale={ctx.locale} />
      <TextField name="bis" type="date" label={t('to')} hint={t('dateHint')} value={period.bis} required error={period.errors.bis} locale={ctx.locale} />
      <div class="ik-actions">
        <SubmitButton>{t('apply')}</SubmitButton>
      </div>
    </form>
  );
  if (!period.from || !period.to) return coordinatorPage(ctx, t('statsTitle'), form, period.errors, { von: t('from'), bis: t('to') });
  const { networkStats: rows, networkStatsTotals: totals } = await ctx.load(StatsQuery, { from: period.from, to: period.to, first: TABLE_ROWS });
  const fromLabel = formatDate(ctx.locale, `${period.von}T12:00:00Z`);
  const toLabel = formatDate(ctx.locale, `${period.bis}T12:00:00Z`);
  // A network of a few dozen sees every municipality by name; at network scale (thousands) the
  // page shows the most active ones (the API's ACTIVITY order) and the CSV carries every row.
  const byName = (a: (typeof rows)[number], b: (typeof rows)[number]) => a.name.localeCompare(b.name, 'de');
  const sorted = totals.municipalities <= TABLE_ROWS ? [...rows].sort(byName) : rows;
  const hidden = totals.municipalities - sorted.length;
  // The rows in ACTIVITY order hold the most case studies of the network, so the chart's bars are the network's top 15.
  const top = rows.filter((r) => r.caseStudies > 0).sort((a, b) => b.caseStudies - a.caseStudies || byName(a, b)).slice(0, 15);
  const number = new Intl.NumberFormat(ctx.locale === 'de' ? 'de-DE' : 'en-GB');
  const csv = `/koordination/statistik.csv?${new URLSearchParams({ von: period.von, bis: period.bis }).toString()}`;
  const columns = [
    { label: t('municipality') },
    { label: t('caseStudies'), numeric: true },
    { label: t('events'), numeric: true },
    { label: t('members'), numeric: true },
    { label: t('reuseReceived'), numeric: true },
    { label: t('reuseSent'), numeric: true },
    { label: t('reusesAdopted'), numeric: true },
    { label: t('partnerInvolvements'), numeric: true },
  ];
  const page = coordinatorPage(
    ctx,
    t('statsTitle'),
    <>
      {form}
      <p class="kern-body">
        <a class="kern-link" href={csv} download>{t('csv')}</a>
      </p>
      {top.length > 0 ? (
        <figure class="ik-stack">
          <BarChart
            bars={top.map((r) => ({ label: r.name, value: r.caseStudies }))}
            title={t('chartTitle', { from: fromLabel, to: toLabel, count: top.length })}
            titleId="diagramm-titel"
            describedBy="diagramm-hinweis"
            locale={ctx.locale}
          />
          <figcaption class="kern-body kern-body--small" id="diagramm-hinweis">{t('chartNote')}</figcaption>
        </figure>
      ) : (
        <p class="kern-body">{t('noCaseStudies')}</p>
      )}
      {totals.municipalities === 0 ? (
        <p class="kern-body">{t('noData')}</p>
      ) : (
        <Table
          id="kennzahlen"
          captionId="kennzahlen-titel"
          caption={t('caption', { from: fromLabel, to: toLabel })}
          columns={columns}
          rows={sorted.map((r) => [
            <a class="kern-link" href={`/kommunen/${r.slug}`}>{r.name}</a>,
            number.format(r.caseStudies),
            number.format(r.events),
            number.format(r.members),
            number.format(r.reuseRequestsReceived),
            number.format(r.reuseRequestsSent),
            number.format(r.reusesAdopted),
            number.format(r.partnerInvolvements),
          ])}
          footer={[t('total'), number.format(totals.caseStudies), number.format(totals.events), number.format(totals.members), number.format(totals.reuseRequestsReceived), number.format(totals.reuseRequestsSent), number.format(totals.reusesAdopted), number.format(totals.partnerInvolvements)]}
        />
      )}
      {hidden > 0 ? <p class="kern-body">{t('moreInCsv', { shown: sorted.length, hidden })}</p> : null}
      <p class="kern-body kern-body--small">{t('caseStudiesHint')}</p>
    </>,
  );
  return page;
}

/**
 * The statistics as CSV: the gateway's GET /stats/network.csv for the same period, fetched with
 * the coordinator's token on the server (the browser never holds it) and passed through.
 */
async function statisticsCsv(ctx: WebContext): Promise<Outcome> {
  await ctx.require('COORDINATOR');
  const period = statsPeriod(ctx);
  if (!period.from || !period.to) return { kind: 'status', status: 404 };
  const response = await ctx.fetchRaw(`/stats/network.csv?${new URLSearchParams({ from: period.from, to: period.to }).toString()}`);
  if (response.status === 401) return ctx.signInRedirect();
  if (response.status === 403) return { kind: 'status', status: 403, role: 'COORDINATOR' };
  if (!response.ok) return { kind: 'status', status: 500 };
  const body = Buffer.from(await response.arrayBuffer());
  ctx.reply
    .code(200)
    .header('content-type', response.headers.get('content-type') ?? 'text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="ikone-netzwerkstatistik-${period.von}-${period.bis}.csv"`)
    .header('cache-control', 'no-store')
    .send(body);
  return { kind: 'sent' };
}

export const dashboardRoutes = [get('/koordination', dashboard), get('/koordination/statistik', statistics), get('/koordination/statistik.csv', statisticsCsv)];
