import { CsrfField, FieldErrors, fieldErrors, SubmitButton, TextArea } from '../../components/form';
import { labels, topicName } from '../../components/labels';
import { Badge, Pagination } from '../../components/pagination';
import { Table } from '../../components/table';
import { TextDiff } from '../../components/text-diff';
import { graphql } from '../../graphql/generated';
import type { WebReviewItemQuery } from '../../graphql/generated/graphql';
import { formatDateTime, messages, translator } from '../../i18n/i18n';
import { get, post } from '../../server/route';
import type { Outcome, WebContext } from '../../server/web-context';
import { coordinatorPage, idParam, isBadInput, param, searchParams, sections } from './coordinator-nav';

const m = messages(
  {
    intro: 'Eingereichte Praxisbeispiele und Veranstaltungen, die älteste Einreichung zuerst.',
    caption: 'Prüfwarteschlange ({count, plural, one {# Inhalt} other {# Inhalte}})',
    empty: 'Die Prüfwarteschlange ist leer.',
    title: 'Titel',
    type: 'Art',
    municipality: 'Kommune',
    submitted: 'Eingereicht',
    revision: 'Revision',
    changes: 'Änderungen',
    firstReview: 'Erstprüfung',
    changedCount: '{count, plural, one {# Feld geändert} other {# Felder geändert}}',
    type_CaseStudy: 'Praxisbeispiel',
    type_Event: 'Veranstaltung',
    submittedBy: 'Eingereicht von {municipality} am {date}, Revision {revision}',
    lastComment: 'Ihr Kommentar bei der letzten Rückgabe',
    diffTitle: 'Geändert seit der letzten Prüfung',
    diffIntro: 'Entfernter Text ist durchgestrichen, hinzugefügter unterstrichen.',
    noDiff: 'Seit der letzten Prüfung hat sich kein Feld geändert.',
    before: 'vorher',
    after: 'nachher',
    content: 'Inhalt',
    summary: 'Kurzfassung',
    problem: 'Ausgangslage',
    solution: 'Lösung',
    results: 'Ergebnisse',
    lessonsLearned: 'Erfahrungen',
    description: 'Beschreibung',
    when: 'Zeit',
    location: 'Ort',
    startsAt: 'Beginn',
    endsAt: 'Ende',
    format: 'Format',
    onlineUrl: 'Online-Zugang',
    capacity: 'Plätze',
    registrationDeadline: 'Anmeldeschluss',
    maturity: 'Reifegrad',
    visibility: 'Sichtbarkeit',
    topics: 'Themenfelder',
    costOneOff: 'Einmalige Kosten',
    costYearly: 'Laufende Kosten pro Jahr',
    fundingProgramme: 'Förderprogramm',
    fundingUrl: 'Link zur Förderung',
    repositoryUrl: 'Repository',
    publiccodeYml: 'publiccode.yml',
    partners: 'Partner',
    contactId: 'Ansprechperson',
    tags: 'Schlagwörter',
    links: 'Links',
    coOwnerIds: 'Mitbesitzende Kommunen',
    decision: 'Entscheidung',
    comment: 'Kommentar',
    commentHint: 'Erfahren die Einreichenden. Pflicht beim Zurückgeben und beim Ablehnen.',
    approve: 'Freigeben',
    requestChanges: 'Änderungen erbitten',
    reject: 'Ablehnen',
    commentRequired: 'Bitte schreiben Sie, was geändert werden soll oder warum Sie ablehnen.',
    approved: '„{title}“ ist freigegeben und veröffentlicht.',
    changesRequested: '„{title}“ ging mit Ihrem Kommentar zur Überarbeitung zurück.',
    rejected: '„{title}“ ist abgelehnt.',
    view: 'Veröffentlichte Seite',
  },
  {
    intro: 'Submitted case studies and events, oldest submission first.',
    caption: 'Review queue ({count, plural, one {# item} other {# items}})',
    empty: 'The review queue is empty.',
    title: 'Title',
    type: 'Type',
    municipality: 'Municipality',
    submitted: 'Submitted',
    revision: 'Revision',
    changes: 'Changes',
    firstReview: 'First review',
    changedCount: '{count, plural, one {# field changed} other {# fields changed}}',
    type_CaseStudy: 'Case study',
    type_Event: 'Event',
    submittedBy: 'Submitted by {municipality} on {date}, revision {revision}',
    lastComment: 'Your comment when it was last sent back',
    diffTitle: 'Changed since the last review',
    diffIntro: 'Removed text is struck through, added text underlined.',
    noDiff: 'No field has changed since the last review.',
    before: 'before',
    after: 'after',
    content: 'Content',
    summary: 'Summary',
    problem: 'Problem',
    solution: 'Solution',
    results: 'Results',
    lessonsLearned: 'Lessons learned',
    description: 'Description',
    when: 'Time',
    location: 'Location',
    startsAt: 'Starts',
    endsAt: 'Ends',
    format: 'Format',
    onlineUrl: 'Online access',
    capacity: 'Places',
    registrationDeadline: 'Registration deadline',
    maturity: 'Maturity',
    visibility: 'Visibility',
    topics: 'Topics',
    costOneOff: 'One-off costs',
    costYearly: 'Running costs per year',
    fundingProgramme: 'Funding programme',
    fundingUrl: 'Funding link',
    repositoryUrl: 'Repository',
    publiccodeYml: 'publiccode.yml',
    partners: 'Partners',
    contactId: 'Contact',
    tags: 'Tags',
    links: 'Links',
    coOwnerIds: 'Co-owning municipalities',
    decision: 'Decision',
    comment: 'Comment',
    commentHint: 'The submitters read it. Required when sending back and when rejecting.',
    approve: 'Approve',
    requestChanges: 'Request changes',
    reject: 'Reject',
    commentRequired: 'Please write what should change or why you reject it.',
    approved: '“{title}” is approved and published.',
    changesRequested: '“{title}” was sent back for changes with your comment.',
    rejected: '“{title}” is rejected.',
    view: 'Published page',
  },
);

type Key = keyof typeof m.de;

const QueueQuery = graphql(`
  query WebReviewQueue($first: Int!, $after: String) {
    reviewQueue(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { subjectId subjectType title submittedAt revision changedFields municipality { name } } }
    }
  }
`);

const ItemQuery = graphql(`
  query WebReviewItem($subjectId: ID!) {
    reviewItem(subjectId: $subjectId) {
      subjectId subjectType title submittedAt revision reviewedRevision changedFields lastComment
      municipality { name slug }
      subject {
        __typename
        ... on CaseStudy {
          id slug summary maturity visibility
          problemHtml solutionHtml resultsHtml lessonsLearnedHtml
          topics { slug name nameEn }
          revisions { revision snapshot }
        }
        ... on Event { id descriptionHtml startsAt endsAt format location visibility revisions { revision snapshot } }
      }
    }
  }
`);

const ApproveMutation = graphql(`
  mutation WebApprove($subjectId: ID!, $comment: String) { approve(subjectId: $subjectId, comment: $comment) { subjectId } }
`);
const RequestChangesMutation = graphql(`
  mutation WebRequestChanges($subjectId: ID!, $comment: String!) { requestChanges(subjectId: $subjectId, comment: $comment) { subjectId } }
`);
const RejectMutation = graphql(`
  mutation WebReject($subjectId: ID!, $comment: String!) { reject(subjectId: $subjectId, comment: $comment) { subjectId } }
`);

async function queue(ctx: WebContext): Promise<Outcome> {
  await ctx.require('COORDINATOR');
  const t = ctx.tr(m);
  const s = ctx.tr(sections);
  const data = await ctx.load(QueueQuery, { first: 20, after: ctx.query('nach') ?? null });
  const q = data.reviewQueue;
  return coordinatorPage(
    ctx,
    s('review'),
    <>
      <p class="kern-body">{t('intro')}</p>
      {q.totalCount === 0 ? (
        <p class="kern-body">{t('empty')}</p>
      ) : (
        <Table
          captionId="pruefung-titel"
          caption={t('caption', { count: q.totalCount })}
          columns={[{ label: t('title') }, { label: t('type') }, { label: t('municipality') }, { label: t('submitted') }, { label: t('revision'), numeric: true }, { label: t('changes') }]}
          rows={q.edges.map(({ node }) => [
            <a class="kern-link" href={`/koordination/pruefung/${node.subjectId}`}>{node.title}</a>,
            t(`type_${node.subjectType}` as Key),
            node.municipality.name,
            formatDateTime(ctx.locale, node.submittedAt),
            String(node.revision),
            node.changedFields ? t('changedCount', { count: node.changedFields.length }) : t('firstReview'),
          ])}
        />
      )}
      <Pagination locale={ctx.locale} basePath="/koordination/pruefung" params={searchParams(ctx)} endCursor={q.pageInfo.endCursor} hasNextPage={q.pageInfo.hasNextPage} />
    </>,
  );
}

type Item = WebReviewItemQuery['reviewItem'];

const FIELD_KEYS: Key[] = [
  'title', 'summary', 'problem', 'solution', 'results', 'lessonsLearned', 'maturity', 'visibility', 'topics', 'costOneOff', 'costYearly', 'fundingProgramme',
  'fundingUrl', 'partners', 'contactId', 'tags', 'links', 'coOwnerIds', 'repositoryUrl', 'publiccodeYml', 'description', 'startsAt', 'endsAt', 'format', 'location', 'onlineUrl', 'capacity',
  'registrationDeadline',
];
const DATE_FIELDS = ['startsAt', 'endsAt', 'registrationDeadline'];
const ENUM_FIELDS = ['maturity', 'visibility', 'format'];

/** A snapshot value as text: lists joined, links as "label (url)", enum values by name, times in Europe/Berlin. */
function asText(ctx: WebContext, field: string, value: unknown): string {
  const l = translator(labels, ctx.locale);
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map((v) => asText(ctx, field, v)).join(', ');
  if (typeof value === 'object') {
    const link = value as { label?: string; url?: string };
    return link.url ? `${link.label ?? ''} (${link.url})` : JSON.stringify(value);
  }
  if (DATE_FIELDS.includes(field) && typeof value === 'string') return formatDateTime(ctx.locale, value);
  if (ENUM_FIELDS.includes(field)) {
    const key = `${field}_${String(value)}` as keyof typeof labels.de;
    return key in labels.de ? l(key) : String(value);
  }
  return String(value);
}

function Diff({ ctx, item }: { ctx: WebContext; item: Item }) {
  const t = ctx.tr(m);
  const fields = item.changedFields ?? [];
  const label = (f: string) => ((FIELD_KEYS as string[]).includes(f) ? t(f as Key) : f);
  if (fields.length === 0) return <p class="kern-body">{t('noDiff')}</p>;
  const snapshot = (revision: number | null) => {
    const found = item.subject.revisions.find((r) => r.revision === revision);
    return found ? (JSON.parse(found.snapshot) as Record<string, unknown>) : {};
  };
  const before = snapshot(item.reviewedRevision);
  const after = snapshot(item.revision);
  return (
    <div class="ik-diff">
      <p class="kern-body">{t('diffIntro')}</p>
      {fields.map((f) => (
        <section key={f} class="ik-card" aria-labelledby={`diff-${f}`}>
          <h3 class="kern-heading-small" id={`diff-${f}`}>{label(f)}</h3>
          <TextDiff before={asText(ctx, f, before[f])} after={asText(ctx, f, after[f])} locale={ctx.locale} />
        </section>
      ))}
    </div>
  );
}

async function detail(ctx: WebContext, values: { kommentar: string } = { kommentar: '' }, errors: FieldErrors = {}): Promise<Outcome> {
  await ctx.require('COORDINATOR');
  const t = ctx.tr(m);
  const l = translator(labels, ctx.locale);
  const subjectId = idParam(ctx, 'subjectId');
  const { reviewItem: item } = await ctx.load(ItemQuery, { subjectId });
  const subject = item.subject;
  const html = (heading: string, content: string) =>
    content.trim() ? (
      <section>
        <h3 class="kern-heading-small">{heading}</h3>
        <div class="ik-prose kern-body" dangerouslySetInnerHTML={{ __html: content }} />
      </section>
    ) : null;
  return coordinatorPage(
    ctx,
    item.title,
    <>
      <p class="ik-meta">
        <span><Badge label={t(`type_${item.subjectType}` as Key)} /></span>
        <span>{t('submittedBy', { municipality: item.municipality.name, date: formatDateTime(ctx.locale, item.submittedAt), revision: item.revision })}</span>
      </p>
      {item.lastComment ? (
        <div class="kern-alert kern-alert--info">
          <div class="kern-alert__header"><h2 class="kern-title">{t('lastComment')}</h2></div>
          <div class="kern-alert__body"><p class="kern-body">{item.lastComment}</p></div>
        </div>
      ) : null}
      {item.changedFields ? (
        <section aria-labelledby="aenderungen" class="ik-stack">
          <h2 class="kern-heading-medium" id="aenderungen">{t('diffTitle')}</h2>
          <Diff ctx={ctx} item={item} />
        </section>
      ) : null}
      <section aria-labelledby="inhalt-titel" class="ik-stack">
        <h2 class="kern-heading-medium" id="inhalt-titel">{t('content')}</h2>
        {subject.__typename === 'CaseStudy' ? (
          <>
            <dl class="ik-facts kern-body">
              <dt>{t('summary')}</dt><dd>{subject.summary}</dd>
              <dt>{t('maturity')}</dt><dd>{l(`maturity_${subject.maturity}`)}</dd>
              <dt>{t('visibility')}</dt><dd>{l(`visibility_${subject.visibility}`)}</dd>
              <dt>{t('topics')}</dt><dd>{subject.topics.map((tp) => topicName(tp, ctx.locale)).join(', ')}</dd>
            </dl>
            {html(t('problem'), subject.problemHtml)}
            {html(t('solution'), subject.solutionHtml)}
            {html(t('results'), subject.resultsHtml)}
            {html(t('lessonsLearned'), subject.lessonsLearnedHtml)}
          </>
        ) : (
          <>
            <dl class="ik-facts kern-body">
              <dt>{t('when')}</dt><dd>{formatDateTime(ctx.locale, subject.startsAt)} – {formatDateTime(ctx.locale, subject.endsAt)}</dd>
              <dt>{t('location')}</dt><dd>{subject.location ?? l(`format_${subject.format}`)}</dd>
              <dt>{t('visibility')}</dt><dd>{l(`visibility_${subject.visibility}`)}</dd>
            </dl>
            {html(t('description'), subject.descriptionHtml)}
          </>
        )}
      </section>
      <section aria-labelledby="entscheidung" class="ik-stack">
        <h2 class="kern-heading-medium" id="entscheidung">{t('decision')}</h2>
        <form method="post" action={`/koordination/pruefung/${item.subjectId}`} class="ik-form" noValidate>
          <CsrfField token={ctx.csrfToken} />
          <input type="hidden" name="titel" value={item.title} />
          <TextArea name="kommentar" label={t('comment')} hint={t('commentHint')} value={values.kommentar} rows={4} maxLength={4000} error={errors.kommentar} locale={ctx.locale} />
          <div class="ik-actions">
            <SubmitButton name="entscheidung" value="freigeben">{t('approve')}</SubmitButton>
            <SubmitButton name="entscheidung" value="zurueckgeben" variant="secondary">{t('requestChanges')}</SubmitButton>
            <SubmitButton name="entscheidung" value="ablehnen" variant="secondary">{t('reject')}</SubmitButton>
          </div>
        </form>
      </section>
    </>,
    errors,
    { kommentar: t('comment') },
  );
}

async function decide(ctx: WebContext): Promise<Outcome> {
  await ctx.require('COORDINATOR');
  const t = ctx.tr(m);
  const subjectId = param(ctx, 'subjectId');
  const decision = ctx.field('entscheidung');
  const comment = ctx.field('kommentar');
  const title = ctx.field('titel').slice(0, 200);
  if (decision !== 'freigeben' && !comment.trim()) return detail(ctx, { kommentar: comment }, { kommentar: t('commentRequired') });
  const result =
    decision === 'freigeben'
      ? await ctx.api(ApproveMutation, { subjectId, comment: comment.trim() || null })
      : decision === 'ablehnen'
        ? await ctx.api(RejectMutation, { subjectId, comment })
        : await ctx.api(RequestChangesMutation, { subjectId, comment });
  if (result.errors.length > 0) {
    if (isBadInput(result.errors)) return detail(ctx, { kommentar: comment }, fieldErrors(result.errors, ctx.locale, { comment: 'kommentar', subjectId: '_form' }));
    return ctx.errorOutcome(result.errors);
  }
  const notice = decision === 'freigeben' ? t('approved', { title }) : decision === 'ablehnen' ? t('rejected', { title }) : t('changesRequested', { title });
  return ctx.redirect('/koordination/pruefung', notice);
}

export const reviewRoutes = [get('/koordination/pruefung', queue), get('/koordination/pruefung/:subjectId', (ctx) => detail(ctx)), post('/koordination/pruefung/:subjectId', decide)];
