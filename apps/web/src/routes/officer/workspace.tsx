import type { ComponentChildren } from 'preact';
import { labels } from '../../components/labels';
import { graphql } from '../../graphql/generated';
import type { ContentStatus } from '../../graphql/generated/graphql';
import { formatDate, formatDateTime, messages, translator } from '../../i18n/i18n';
import { get } from '../../server/route';
import type { Outcome, WebContext } from '../../server/web-context';
import { isSentBack, requireOfficer, sendingBack } from './officer-shared';

const m = messages(
  {
    title: 'Meine Kommune: {name}',
    intro: 'Praxisbeispiele und Veranstaltungen Ihrer Kommune nach Status, Nachnutzungsanfragen und Einladungen.',
    actions: 'Aufgaben',
    newCaseStudy: 'Neues Praxisbeispiel anlegen',
    newEvent: 'Neue Veranstaltung anlegen',
    invite: 'Kolleginnen und Kollegen einladen',
    contactRoles: 'Kontaktrollen',
    reuse: 'Nachnutzungsanfragen verwalten',
    caseStudies: 'Praxisbeispiele',
    events: 'Veranstaltungen',
    caption: '{status}: {count, plural, one {# Praxisbeispiel} other {# Praxisbeispiele}}',
    eventCaption: '{status}: {count, plural, one {# Veranstaltung} other {# Veranstaltungen}}',
    none: '{status}: keine',
    colTitle: 'Titel',
    colUpdated: 'Zuletzt geändert',
    colNote: 'Hinweis',
    colStarts: 'Beginn',
    colRegistrations: 'Anmeldungen',
    edit: 'Bearbeiten',
    view: 'Öffentliche Seite',
    registrations: 'Anmeldungen ansehen',
    registeredOf: '{registered} von {capacity}, Warteliste {waitlist}',
    registeredUnlimited: '{registered}, Warteliste {waitlist}',
    comment: 'Kommentar der Koordinierungsstelle: {comment}',
    inReview: 'Wartet auf die Koordinierungsstelle.',
    revision: 'Revision {revision}',
    reuseTitle: 'Nachnutzung',
    reuseOpen: '{count, plural, =0 {Keine offenen Anfragen anderer Kommunen} one {# offene Anfrage einer anderen Kommune} other {# offene Anfragen anderer Kommunen}} zu Ihren Praxisbeispielen.',
    reuseSent: 'Eigene Anfragen an andere Kommunen stellen Sie auf der Seite des jeweiligen Praxisbeispiels; dort sehen Sie auch ihren Stand.',
    noEventsYet: 'Noch keine Veranstaltungen.',
    truncated: 'Es werden je Liste die neuesten 100 Einträge gezeigt.',
  },
  {
    title: 'My municipality: {name}',
    intro: 'Your municipality’s case studies and events by status, reuse requests and invitations.',
    actions: 'Tasks',
    newCaseStudy: 'Create a new case study',
    newEvent: 'Create a new event',
    invite: 'Invite colleagues',
    contactRoles: 'Contact roles',
    reuse: 'Manage reuse requests',
    caseStudies: 'Case studies',
    events: 'Events',
    caption: '{status}: {count, plural, one {# case study} other {# case studies}}',
    eventCaption: '{status}: {count, plural, one {# event} other {# events}}',
    none: '{status}: none',
    colTitle: 'Title',
    colUpdated: 'Last changed',
    colNote: 'Note',
    colStarts: 'Starts',
    colRegistrations: 'Registrations',
    edit: 'Edit',
    view: 'Public page',
    registrations: 'View registrations',
    registeredOf: '{registered} of {capacity}, waiting list {waitlist}',
    registeredUnlimited: '{registered}, waiting list {waitlist}',
    comment: 'Comment of the coordination office: {comment}',
    inReview: 'Waiting for the coordination office.',
    revision: 'Revision {revision}',
    reuseTitle: 'Reuse',
    reuseOpen: '{count, plural, =0 {No open requests from other municipalities} one {# open request from another municipality} other {# open requests from other municipalities}} for your case studies.',
    reuseSent: 'You send your own requests to other municipalities on the page of the case study concerned; it also shows their progress.',
    noEventsYet: 'No events yet.',
    truncated: 'Each list shows the newest 100 entries.',
  },
);

const OverviewQuery = graphql(`
  query WebOfficerOverview($slugs: [String!]!, $from: DateTime!) {
    caseStudies(first: 100, filter: { municipalitySlugs: $slugs, status: [DRAFT, IN_REVIEW, PUBLISHED, ARCHIVED] }) {
      totalCount
      edges { node { id slug title status updatedAt revision } }
    }
    sentBack: caseStudies(first: 100, filter: { municipalitySlugs: $slugs, status: [CHANGES_REQUESTED, REJECTED] }) {
      totalCount
      edges { node { id slug title status updatedAt revision reviewDecisions { decision comment createdAt } } }
    }
    events(first: 100, filter: { from: $from, municipalitySlugs: $slugs, status: [DRAFT, IN_REVIEW, CHANGES_REQUESTED, REJECTED, PUBLISHED, CANCELLED, ARCHIVED] }) {
      totalCount
      edges { node { id title status startsAt updatedAt capacity registeredCount waitlistCount } }
    }
    eventsSentBack: events(first: 100, filter: { from: $from, municipalitySlugs: $slugs, status: [CHANGES_REQUESTED, REJECTED] }) {
      edges { node { id reviewDecisions { decision comment createdAt } } }
    }
    openReuse: reuseRequests(direction: RECEIVED, first: 100) {
      edges { node { id status } }
    }
  }
`);

const CASE_STUDY_GROUPS: ContentStatus[] = ['DRAFT', 'CHANGES_REQUESTED', 'IN_REVIEW', 'PUBLISHED', 'REJECTED', 'ARCHIVED'];
const EVENT_GROUPS: ContentStatus[] = ['DRAFT', 'CHANGES_REQUESTED', 'IN_REVIEW', 'PUBLISHED', 'CANCELLED', 'REJECTED', 'ARCHIVED'];

function Table({ caption, headers, children }: { caption: string; headers: string[]; children: ComponentChildren }) {
  return (
    <div class="ik-table-wrap">
      <table class="kern-table">
        <caption class="kern-title">{caption}</caption>
        <thead class="kern-table__head">
          <tr class="kern-table__row">
            {headers.map((h) => (
              <th scope="col" class="kern-table__header" key={h}>{h}</th>
            ))}
          </tr>
        </thead>
        <tbody class="kern-table__body">{children}</tbody>
      </table>
    </div>
  );
}

async function overview(ctx: WebContext): Promise<Outcome> {
  const officer = await requireOfficer(ctx);
  const t = ctx.tr(m);
  const l = translator(labels, ctx.locale);
  const status = (s: ContentStatus) => l(`status_${s}` as 'status_DRAFT');
  // Past events too: the workspace shows everything the municipality organised in the last years.
  const from = new Date(Date.now() - 3 * 365 * 86_400_000).toISOString();
  const data = await ctx.load(OverviewQuery, { slugs: [officer.municipality.slug], from });
  // Review comments are read only for the items sent back (each costs the API a statement).
  const studies: Array<(typeof data.caseStudies.edges)[number]['node'] & { reviewDecisions?: Array<{ decision: string; comment?: string | null }> }> = [
    ...data.sentBack.edges.map((e) => e.node),
    ...data.caseStudies.edges.map((e) => e.node),
  ];
  const events = data.events.edges.map((e) => e.node);
  const eventDecisions = new Map(data.eventsSentBack.edges.map((e) => [e.node.id, e.node.reviewDecisions]));
  const openReuse = data.openReuse.edges.filter((e) => e.node.status === 'REQUESTED' || e.node.status === 'IN_TALKS').length;
  const truncated = data.caseStudies.totalCount > 100 || data.sentBack.totalCount > 100 || data.events.totalCount > 100;
  return {
    kind: 'page',
    title: t('title', { name: officer.municipality.name }),
    body: (
      <>
        <h1 class="kern-heading-large">{t('title', { name: officer.municipality.name })}</h1>
        <p class="kern-body">{t('intro')}</p>
        {truncated ? <p class="kern-body">{t('truncated')}</p> : null}
        <nav aria-label={t('actions')}>
          <ul class="ik-inline-list">
            <li><a class="kern-link" href="/meine-kommune/praxisbeispiele/neu">{t('newCaseStudy')}</a></li>
            <li><a class="kern-link" href="/meine-kommune/veranstaltungen/neu">{t('newEvent')}</a></li>
            <li><a class="kern-link" href="/meine-kommune/nachnutzung">{t('reuse')}</a></li>
            <li><a class="kern-link" href="/meine-kommune/einladen">{t('invite')}</a></li>
            <li><a class="kern-link" href="/meine-kommune/kontaktrollen">{t('contactRoles')}</a></li>
          </ul>
        </nav>
        <section aria-labelledby="praxisbeispiele" class="ik-stack">
          <h2 class="kern-heading-medium" id="praxisbeispiele">{t('caseStudies')}</h2>
          {CASE_STUDY_GROUPS.map((group) => {
            const rows = studies.filter((s) => s.status === group);
            if (rows.length === 0) return group === 'REJECTED' ? null : <p class="kern-body" key={group}>{t('none', { status: status(group) })}</p>;
            return (
              <Table key={group} caption={t('caption', { status: status(group), count: rows.length })} headers={[t('colTitle'), t('colUpdated'), t('colNote')]}>
                {rows.map((s) => {
                  const request = sendingBack(s.status, s.reviewDecisions);
                  const editable = s.status === 'DRAFT' || s.status === 'CHANGES_REQUESTED' || s.status === 'PUBLISHED';
                  return (
                    <tr class="kern-table__row" key={s.id}>
                      <th scope="row" class="kern-table__header">
                        {editable ? (
                          <a class="kern-link" href={`/meine-kommune/praxisbeispiele/${s.slug}/bearbeiten`}>{s.title}</a>
                        ) : s.status === 'ARCHIVED' ? (
                          <a class="kern-link" href={`/praxisbeispiele/${s.slug}`}>{s.title}</a>
                        ) : (
                          s.title
                        )}
                      </th>
                      <td class="kern-table__cell">{formatDate(ctx.locale, s.updatedAt)}</td>
                      <td class="kern-table__cell">
                        {request?.comment ? <blockquote class="ik-quote">{t('comment', { comment: request.comment })}</blockquote> : null}
                        {s.status === 'IN_REVIEW' ? t('inReview') : null}
                        {s.status === 'PUBLISHED' ? (
                          <>
                            {t('revision', { revision: s.revision })} · <a class="kern-link" href={`/praxisbeispiele/${s.slug}`}>{t('view')}<span class="kern-sr-only">: {s.title}</span></a>
                          </>
                        ) : null}
                      </td>
                    </tr>
                  );
                })}
              </Table>
            );
          })}
        </section>
        <section aria-labelledby="veranstaltungen" class="ik-stack">
          <h2 class="kern-heading-medium" id="veranstaltungen">{t('events')}</h2>
          {events.length === 0 ? <p class="kern-body">{t('noEventsYet')}</p> : null}
          {EVENT_GROUPS.map((group) => {
            const rows = events.filter((e) => e.status === group);
            if (rows.length === 0) return null;
            return (
              <Table
                key={group}
                caption={t('eventCaption', { status: status(group), count: rows.length })}
                headers={[t('colTitle'), t('colStarts'), isSentBack(group) ? t('colNote') : t('colRegistrations')]}
              >
                {rows.map((e) => {
                  const request = sendingBack(e.status, eventDecisions.get(e.id));
                  return (
                    <tr class="kern-table__row" key={e.id}>
                      <th scope="row" class="kern-table__header">
                        {e.status === 'CANCELLED' || e.status === 'ARCHIVED' || e.status === 'IN_REVIEW' || e.status === 'REJECTED' ? (
                          <a class="kern-link" href={`/veranstaltungen/${e.id}`}>{e.title}</a>
                        ) : (
                          <a class="kern-link" href={`/meine-kommune/veranstaltungen/${e.id}/bearbeiten`}>{e.title}</a>
                        )}
                      </th>
                      <td class="kern-table__cell">{formatDateTime(ctx.locale, e.startsAt)}</td>
                      {isSentBack(group) ? (
                        <td class="kern-table__cell">{request?.comment ? <blockquote class="ik-quote">{t('comment', { comment: request.comment })}</blockquote> : null}</td>
                      ) : (
                        <td class="kern-table__cell">
                          {e.capacity != null
                            ? t('registeredOf', { registered: e.registeredCount, capacity: e.capacity, waitlist: e.waitlistCount })
                            : t('registeredUnlimited', { registered: e.registeredCount, waitlist: e.waitlistCount })}
                          {e.status === 'PUBLISHED' || e.status === 'CANCELLED' ? (
                            <>
                              {' · '}
                              <a class="kern-link" href={`/meine-kommune/veranstaltungen/${e.id}/anmeldungen`}>{t('registrations')}<span class="kern-sr-only">: {e.title}</span></a>
                            </>
                          ) : null}
                        </td>
                      )}
                    </tr>
                  );
                })}
              </Table>
            );
          })}
        </section>
        <section aria-labelledby="nachnutzung" class="ik-stack">
          <h2 class="kern-heading-medium" id="nachnutzung">{t('reuseTitle')}</h2>
          <p class="kern-body">{t('reuseOpen', { count: openReuse })} <a class="kern-link" href="/meine-kommune/nachnutzung">{t('reuse')}</a></p>
          <p class="kern-body">{t('reuseSent')}</p>
        </section>
      </>
    ),
  };
}

export const workspaceRoutes = [get('/meine-kommune', overview)];
