import { FieldErrors, SelectField, SubmitButton, TextField } from '../../components/form';
import { Pagination } from '../../components/pagination';
import { Table } from '../../components/table';
import { graphql } from '../../graphql/generated';
import { formatDateTime, fromBerlinLocalInput, messages } from '../../i18n/i18n';
import { get } from '../../server/route';
import type { Outcome, WebContext } from '../../server/web-context';
import { coordinatorPage, searchParams, sections, UUID } from './coordinator-nav';

/** Names of the audit actions the platform writes; unknown ones are shown as written. */
const actions = messages(
  {
    'case-study.created': 'Praxisbeispiel angelegt',
    'case-study.edited': 'Praxisbeispiel bearbeitet',
    'case-study.submitted': 'Praxisbeispiel eingereicht',
    'event.created': 'Veranstaltung angelegt',
    'event.edited': 'Veranstaltung bearbeitet',
    'event.submitted': 'Veranstaltung eingereicht',
    'event.cancelled': 'Veranstaltung abgesagt',
    'event.registration-cancelled': 'Anmeldung storniert',
    'event.waitlist-promoted': 'Von der Warteliste nachgerückt',
    'content.approved': 'Freigegeben',
    'content.published': 'Direkt veröffentlicht',
    'content.changes-requested': 'Änderungen erbeten',
    'content.rejected': 'Abgelehnt',
    'content.archived': 'Archiviert',
    'content.edited-live': 'Veröffentlichten Inhalt bearbeitet',
    'report.filed': 'Inhalt gemeldet',
    'report.resolved-archived': 'Meldung erledigt: Inhalt archiviert',
    'report.dismissed': 'Meldung verworfen',
    'membership.applied': 'Mitgliedschaft beantragt',
    'membership.approved': 'Antrag angenommen',
    'membership.declined': 'Antrag abgelehnt',
    'municipality.suspended': 'Kommune ausgesetzt',
    'municipality.reinstated': 'Kommune wieder aufgenommen',
    'user.created': 'Konto angelegt',
    'user.invited': 'Person eingeladen',
    'user.role-changed': 'Rolle geändert',
    'user.disabled': 'Konto gesperrt',
    'invitation.accepted': 'Einladung angenommen',
    'account.deleted': 'Konto gelöscht',
    'topic.created': 'Themenfeld angelegt',
    'reuse.requested': 'Nachnutzung angefragt',
    'reuse.updated': 'Nachnutzung fortgeschrieben',
  },
  {
    'case-study.created': 'Case study created',
    'case-study.edited': 'Case study edited',
    'case-study.submitted': 'Case study submitted',
    'event.created': 'Event created',
    'event.edited': 'Event edited',
    'event.submitted': 'Event submitted',
    'event.cancelled': 'Event cancelled',
    'event.registration-cancelled': 'Registration cancelled',
    'event.waitlist-promoted': 'Moved up from the waiting list',
    'content.approved': 'Approved',
    'content.published': 'Published directly',
    'content.changes-requested': 'Changes requested',
    'content.rejected': 'Rejected',
    'content.archived': 'Archived',
    'content.edited-live': 'Published content edited',
    'report.filed': 'Content reported',
    'report.resolved-archived': 'Report resolved: content archived',
    'report.dismissed': 'Report dismissed',
    'membership.applied': 'Membership applied for',
    'membership.approved': 'Application approved',
    'membership.declined': 'Application declined',
    'municipality.suspended': 'Municipality suspended',
    'municipality.reinstated': 'Municipality reinstated',
    'user.created': 'Account created',
    'user.invited': 'Person invited',
    'user.role-changed': 'Role changed',
    'user.disabled': 'Account disabled',
    'invitation.accepted': 'Invitation accepted',
    'account.deleted': 'Account deleted',
    'topic.created': 'Topic created',
    'reuse.requested': 'Reuse requested',
    'reuse.updated': 'Reuse updated',
  },
);
type ActionKey = keyof typeof actions.de;

const m = messages(
  {
    intro: 'Wer hat was wann und warum getan – die neueste Eintragung zuerst. Das Protokoll lässt sich nicht ändern.',
    filters: 'Filter',
    person: 'Handelnde Person (Konto-ID)',
    personHint: 'Über „Protokoll“ in der Personenliste gesetzt, oder mit einem Klick auf einen Namen unten.',
    action: 'Was',
    anyAction: 'Alle Handlungen',
    subjectType: 'Art des Gegenstands',
    anyType: 'Alle Arten',
    subject: 'Gegenstand (ID)',
    from: 'Von',
    to: 'Bis',
    dateHint: 'Datum im Format JJJJ-MM-TT',
    apply: 'Anwenden',
    badDate: 'Bitte geben Sie ein gültiges Datum an (JJJJ-MM-TT).',
    caption: 'Prüfprotokoll ({count, plural, one {# Eintrag} other {# Einträge}})',
    at: 'Wann',
    who: 'Wer',
    what: 'Was',
    about: 'Gegenstand',
    why: 'Warum und Einzelheiten',
    onlyThisPerson: 'Nur Einträge von {name}',
    onlyThisSubject: '{type}: nur Einträge zu diesem Gegenstand',
    type_CaseStudy: 'Praxisbeispiel',
    type_Event: 'Veranstaltung',
    type_Municipality: 'Kommune',
    type_User: 'Konto',
    type_MembershipApplication: 'Mitgliedsantrag',
    type_Topic: 'Themenfeld',
    type_Report: 'Meldung',
    type_Invitation: 'Einladung',
    empty: 'Keine Einträge für diese Filter.',
    k_comment: 'Kommentar',
    k_note: 'Begründung',
    k_reason: 'Grund',
    k_revision: 'Revision',
    k_title: 'Titel',
    k_municipality: 'Kommune',
    k_role: 'Rolle',
    k_email: 'E-Mail-Adresse',
  },
  {
    intro: 'Who did what, when and why – newest entry first. The log cannot be changed.',
    filters: 'Filters',
    person: 'Acting person (account ID)',
    personHint: 'Set from “Audit log” in the list of people, or by clicking a name below.',
    action: 'What',
    anyAction: 'All actions',
    subjectType: 'Kind of subject',
    anyType: 'All kinds',
    subject: 'Subject (ID)',
    from: 'From',
    to: 'To',
    dateHint: 'Date as YYYY-MM-DD',
    apply: 'Apply',
    badDate: 'Please enter a valid date (YYYY-MM-DD).',
    caption: 'Audit log ({count, plural, one {# entry} other {# entries}})',
    at: 'When',
    who: 'Who',
    what: 'What',
    about: 'Subject',
    why: 'Why and details',
    onlyThisPerson: 'Only entries by {name}',
    onlyThisSubject: '{type}: only entries about this subject',
    type_CaseStudy: 'Case study',
    type_Event: 'Event',
    type_Municipality: 'Municipality',
    type_User: 'Account',
    type_MembershipApplication: 'Membership application',
    type_Topic: 'Topic',
    type_Report: 'Report',
    type_Invitation: 'Invitation',
    empty: 'No entries for these filters.',
    k_comment: 'Comment',
    k_note: 'Reason',
    k_reason: 'Reason',
    k_revision: 'Revision',
    k_title: 'Title',
    k_municipality: 'Municipality',
    k_role: 'Role',
    k_email: 'Email address',
  },
);
type Key = keyof typeof m.de;
const TYPES = ['CaseStudy', 'Event', 'Municipality', 'User', 'MembershipApplication', 'Topic', 'Report', 'Invitation'];

const AuditQuery = graphql(`
  query WebAuditLog($filter: AuditLogFilterInput, $after: String) {
    auditLog(filter: $filter, first: 25, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id at action actorId actorLabel subjectType subjectId details } }
    }
  }
`);


function day(value: string | undefined, offsetDays: number): string | null | undefined {
  if (!value) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const d = new Date(`${value}T12:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value) return null;
  d.setUTCDate(d.getUTCDate() + offsetDays);
  return fromBerlinLocalInput(`${d.toISOString().slice(0, 10)}T00:00`)?.toISOString() ?? null;
}

/** The entry's details as "key: value" lines, the reason first. */
function Details({ ctx, json }: { ctx: WebContext; json: string }) {
  const t = ctx.tr(m);
  let details: Record<string, unknown>;
  try {
    details = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return <span>{json}</span>;
  }
  const order = ['comment', 'note', 'reason'];
  const keys = Object.keys(details)
    .filter((k) => details[k] !== null && details[k] !== undefined && details[k] !== '')
    .sort((a, b) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99));
  if (keys.length === 0) return <span>–</span>;
  const label = (k: string) => (`k_${k}` in m.de ? t(`k_${k}` as Key) : k);
  return (
    <ul class="ik-plain-list">
      {keys.map((k) => (
        <li key={k}>
          {label(k)}: {typeof details[k] === 'object' ? JSON.stringify(details[k]) : String(details[k])}
        </li>
      ))}
    </ul>
  );
}

async function auditLog(ctx: WebContext): Promise<Outcome> {
  await ctx.require('COORDINATOR');
  const t = ctx.tr(m);
  const s = ctx.tr(sections);
  const a = ctx.tr(actions);
  const v = {
    person: ctx.query('person')?.trim() ?? '',
    aktion: ctx.query('aktion') ?? '',
    art: ctx.query('art') ?? '',
    gegenstand: ctx.query('gegenstand')?.trim() ?? '',
    von: ctx.query('von') ?? '',
    bis: ctx.query('bis') ?? '',
  };
  const errors: FieldErrors = {};
  const from = day(v.von, 0);
  const to = day(v.bis, 1);
  if (from === null) errors.von = t('badDate');
  if (to === null) errors.bis = t('badDate');
  const personOk = v.person === '' || UUID.test(v.person);
  const filter = {
    ...(v.person && personOk ? { actorId: v.person } : {}),
    ...(v.aktion ? { action: v.aktion } : {}),
    ...(v.art ? { subjectType: v.art } : {}),
    ...(v.gegenstand ? { subjectId: v.gegenstand } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
  };
  const typeLabel = (type: string) => (TYPES.includes(type) ? t(`type_${type}` as Key) : type);
  const actionLabel = (action: string) => (action in actions.de ? a(action as ActionKey) : action);
  const link = (params: Record<string, string>) => `/koordination/protokoll?${new URLSearchParams(params).toString()}`;
  const form = (
    <form method="get" action="/koordination/protokoll" class="ik-filters" role="search" aria-label={t('filters')} noValidate>
      <TextField name="person" label={t('person')} hint={t('personHint')} value={v.person} locale={ctx.locale} />
      <SelectField
        name="aktion"
        label={t('action')}
        value={v.aktion}
        required
        options={[{ value: '', label: t('anyAction') }, ...(Object.keys(actions.de) as ActionKey[]).map((k) => ({ value: k, label: a(k) }))]}
        locale={ctx.locale}
      />
      <SelectField name="art" label={t('subjectType')} value={v.art} required options={[{ value: '', label: t('anyType') }, ...TYPES.map((k) => ({ value: k, label: typeLabel(k) }))]} locale={ctx.locale} />
      <TextField name="gegenstand" label={t('subject')} value={v.gegenstand} locale={ctx.locale} />
      <TextField name="von" type="date" label={t('from')} hint={t('dateHint')} value={v.von} error={errors.von} locale={ctx.locale} />
      <TextField name="bis" type="date" label={t('to')} hint={t('dateHint')} value={v.bis} error={errors.bis} locale={ctx.locale} />
      <div class="ik-actions">
        <SubmitButton>{t('apply')}</SubmitButton>
        <a class="kern-link" href="/koordination/protokoll">{s('reset')}</a>
      </div>
    </form>
  );
  if (Object.keys(errors).length > 0) return coordinatorPage(ctx, s('audit'), <><p class="kern-body">{t('intro')}</p>{form}</>, errors, { von: t('from'), bis: t('to') });
  const data = personOk ? await ctx.load(AuditQuery, { filter, after: ctx.query('nach') ?? null }) : null;
  const log = data?.auditLog;
  return coordinatorPage(
    ctx,
    s('audit'),
    <>
      <p class="kern-body">{t('intro')}</p>
      {form}
      {!log || log.totalCount === 0 ? (
        <p class="kern-body" role="status">{t('empty')}</p>
      ) : (
        <Table
          captionId="protokoll-titel"
          caption={t('caption', { count: log.totalCount })}
          columns={[{ label: t('at') }, { label: t('who') }, { label: t('what') }, { label: t('about') }, { label: t('why') }]}
          rows={log.edges.map(({ node }) => [
            <time dateTime={node.at}>{formatDateTime(ctx.locale, node.at)}</time>,
            node.actorId ? (
              <a class="kern-link" href={link({ person: node.actorId })} aria-label={t('onlyThisPerson', { name: node.actorLabel })}>{node.actorLabel}</a>
            ) : (
              node.actorLabel
            ),
            actionLabel(node.action),
            <a class="kern-link" href={link({ gegenstand: node.subjectId })} aria-label={t('onlyThisSubject', { type: typeLabel(node.subjectType) })}>
              {typeLabel(node.subjectType)}
            </a>,
            <Details ctx={ctx} json={node.details} />,
          ])}
        />
      )}
      {log ? <Pagination locale={ctx.locale} basePath="/koordination/protokoll" params={searchParams(ctx)} endCursor={log.pageInfo.endCursor} hasNextPage={log.pageInfo.hasNextPage} /> : null}
    </>,
  );
}

export const auditLogRoutes = [get('/koordination/protokoll', auditLog)];
