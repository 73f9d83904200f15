import { spreadsheetCsv } from '@ikone/platform';
import { graphql } from '../../graphql/generated';
import type { RegistrationStatus, WebOfficerRegistrationsQuery } from '../../graphql/generated/graphql';
import { formatDateTime, messages } from '../../i18n/i18n';
import { get } from '../../server/route';
import { OutcomeError, type Outcome, type WebContext } from '../../server/web-context';
import { eventId, loadEvent } from './event-editor';
import { BackToWorkspace, requireOfficer } from './officer-shared';

const m = messages(
  {
    title: 'Anmeldungen: {title}',
    summary: '{when} · {registered, plural, one {# Anmeldung} other {# Anmeldungen}}{capacity, select, none {} other { von {capacity} Plätzen}} · {waitlist, plural, =0 {keine Warteliste} one {# Person auf der Warteliste} other {# Personen auf der Warteliste}}',
    registered: 'Angemeldet: {count, plural, =0 {niemand} one {# Person} other {# Personen}}',
    waitlisted: 'Warteliste: {count, plural, =0 {niemand} one {# Person} other {# Personen}}, in der Reihenfolge, in der Plätze frei werden',
    cancelledCaption: 'Abgemeldet: {count, plural, one {# Person} other {# Personen}}',
    none: 'Noch keine Anmeldungen.',
    colNo: 'Nr.',
    colName: 'Name',
    colSince: 'Angemeldet am',
    colWaitlistedAt: 'Auf der Warteliste seit',
    colChanged: 'Abgemeldet am',
    csv: 'Als CSV herunterladen (für Tabellenkalkulationen)',
    edit: 'Veranstaltung bearbeiten',
    csvName: 'Name',
    csvStatus: 'Status',
    csvRegisteredAt: 'Angemeldet am',
    csvWaitlistedAt: 'Auf der Warteliste seit',
    csvPosition: 'Platz auf der Warteliste',
    status_REGISTERED: 'angemeldet',
    status_WAITLISTED: 'Warteliste',
    status_CANCELLED: 'abgemeldet',
  },
  {
    title: 'Registrations: {title}',
    summary: '{when} · {registered, plural, one {# registration} other {# registrations}}{capacity, select, none {} other { of {capacity} seats}} · {waitlist, plural, =0 {no waiting list} one {# person on the waiting list} other {# people on the waiting list}}',
    registered: 'Registered: {count, plural, =0 {nobody} one {# person} other {# people}}',
    waitlisted: 'Waiting list: {count, plural, =0 {nobody} one {# person} other {# people}}, in the order in which seats are given',
    cancelledCaption: 'Cancelled: {count, plural, one {# person} other {# people}}',
    none: 'No registrations yet.',
    colNo: 'No.',
    colName: 'Name',
    colSince: 'Registered on',
    colWaitlistedAt: 'On the waiting list since',
    colChanged: 'Cancelled on',
    csv: 'Download as CSV (for spreadsheets)',
    edit: 'Edit the event',
    csvName: 'Name',
    csvStatus: 'Status',
    csvRegisteredAt: 'Registered on',
    csvWaitlistedAt: 'On the waiting list since',
    csvPosition: 'Position on the waiting list',
    status_REGISTERED: 'registered',
    status_WAITLISTED: 'waiting list',
    status_CANCELLED: 'cancelled',
  },
);

const RegistrationsQuery = graphql(`
  query WebOfficerRegistrations($id: ID!, $after: String) {
    event(id: $id) {
      id
      organiser { id }
      registrations(first: 100, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { node { id displayName status createdAt updatedAt waitlistedAt } }
      }
    }
  }
`);

interface Row {
  id: string;
  displayName: string;
  status: RegistrationStatus;
  createdAt: string;
  updatedAt: string;
  waitlistedAt?: string | null;
}

/** Every registration of the event, page by page (the API gives at most 100 at a time). */
async function allRegistrations(ctx: WebContext, id: string): Promise<Row[]> {
  const rows: Row[] = [];
  let after: string | null = null;
  for (let page = 0; page < 500; page += 1) {
    const data: WebOfficerRegistrationsQuery = await ctx.load(RegistrationsQuery, { id, after });
    const connection = data.event.registrations;
    if (!connection) throw new OutcomeError({ kind: 'status', status: 403, role: 'OFFICER' });
    rows.push(...connection.edges.map((e) => e.node));
    if (!connection.pageInfo.hasNextPage || !connection.pageInfo.endCursor) break;
    after = connection.pageInfo.endCursor;
  }
  return rows;
}

async function loadAll(ctx: WebContext) {
  const officer = await requireOfficer(ctx);
  const { event } = await loadEvent(ctx, officer, eventId(ctx));
  return { event, rows: await allRegistrations(ctx, event.id) };
}

function Table({ caption, rows, locale, kind }: { caption: string; rows: Row[]; locale: 'de' | 'en'; kind: RegistrationStatus }) {
  const t = (key: keyof typeof m.de) => m[locale][key];
  const when = (iso: string | null | undefined) => (iso ? formatDateTime(locale, iso) : '');
  return (
    <div class="ik-table-wrap">
      <table class="kern-table">
        <caption class="kern-title">{caption}</caption>
        <thead class="kern-table__head">
          <tr class="kern-table__row">
            <th scope="col" class="kern-table__header">{t('colNo')}</th>
            <th scope="col" class="kern-table__header">{t('colName')}</th>
            <th scope="col" class="kern-table__header">{kind === 'WAITLISTED' ? t('colWaitlistedAt') : kind === 'CANCELLED' ? t('colChanged') : t('colSince')}</th>
          </tr>
        </thead>
        <tbody class="kern-table__body">
          {rows.map((r, i) => (
            <tr class="kern-table__row" key={r.id}>
              <td class="kern-table__cell">{i + 1}</td>
              <th scope="row" class="kern-table__header">{r.displayName}</th>
              <td class="kern-table__cell">{when(kind === 'WAITLISTED' ? r.waitlistedAt : kind === 'CANCELLED' ? r.updatedAt : r.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

async function page(ctx: WebContext): Promise<Outcome> {
  const t = ctx.tr(m);
  const { event, rows } = await loadAll(ctx);
  const registered = rows.filter((r) => r.status === 'REGISTERED');
  const waitlisted = rows.filter((r) => r.status === 'WAITLISTED');
  const cancelled = rows.filter((r) => r.status === 'CANCELLED');
  const title = t('title', { title: event.title });
  return {
    kind: 'page',
    title,
    body: (
      <>
        <BackToWorkspace locale={ctx.locale} />
        <h1 class="kern-heading-large">{title}</h1>
        <p class="kern-body">
          {t('summary', {
            when: formatDateTime(ctx.locale, event.startsAt),
            registered: event.registeredCount,
            capacity: event.capacity != null ? String(event.capacity) : 'none',
            waitlist: event.waitlistCount,
          })}
        </p>
        <p class="ik-actions">
          <a class="kern-link" href={`/meine-kommune/veranstaltungen/${event.id}/anmeldungen.csv`} download>{t('csv')}</a>
          {['DRAFT', 'CHANGES_REQUESTED', 'PUBLISHED'].includes(event.status) ? (
            <a class="kern-link" href={`/meine-kommune/veranstaltungen/${event.id}/bearbeiten`}>{t('edit')}</a>
          ) : null}
        </p>
        {rows.length === 0 ? <p class="kern-body">{t('none')}</p> : null}
        {registered.length > 0 ? <Table caption={t('registered', { count: registered.length })} rows={registered} locale={ctx.locale} kind="REGISTERED" /> : null}
        {waitlisted.length > 0 ? <Table caption={t('waitlisted', { count: waitlisted.length })} rows={waitlisted} locale={ctx.locale} kind="WAITLISTED" /> : null}
        {cancelled.length > 0 ? <Table caption={t('cancelledCaption', { count: cancelled.length })} rows={cancelled} locale={ctx.locale} kind="CANCELLED" /> : null}
      </>
    ),
  };
}

/** One CSV cell: quoted, and a leading = + - @ neutralised so spreadsheets never run it as a formula. */
export function csvCell(value: string): string {
  return spreadsheetCsv([[value]], { quoteAll: true }).slice(1, -2);
}

async function csv(ctx: WebContext): Promise<Outcome> {
  const t = ctx.tr(m);
  const { event, rows } = await loadAll(ctx);
  const when = (iso: string | null | undefined) => (iso ? formatDateTime(ctx.locale, iso) : '');
  let position = 0;
  const lines = [
    [t('csvName'), t('csvStatus'), t('csvRegisteredAt'), t('csvWaitlistedAt'), t('csvPosition')],
    ...rows.map((r) => [
      r.displayName,
      t(`status_${r.status}`),
      when(r.createdAt),
      r.status === 'WAITLISTED' ? when(r.waitlistedAt) : '',
      r.status === 'WAITLISTED' ? String((position += 1)) : '',
    ]),
  ];
  const body = spreadsheetCsv(lines, { quoteAll: true });
  const name = `anmeldungen-${event.title.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || event.id}.csv`;
  ctx.reply
    .code(200)
    .header('content-type', 'text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${name}"`)
    .header('cache-control', 'private, no-store')
    .send(body);
  return { kind: 'sent' };
}

export const registrationRoutes = [get('/meine-kommune/veranstaltungen/:id/anmeldungen', page), get('/meine-kommune/veranstaltungen/:id/anmeldungen.csv', csv)];
