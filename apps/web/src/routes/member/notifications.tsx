import { CsrfField, SubmitButton } from '../../components/form';
import { Pagination } from '../../components/pagination';
import { graphql } from '../../graphql/generated';
import { formatDateTime, messages } from '../../i18n/i18n';
import { get, post } from '../../server/route';
import { requireMemberFor } from './guard';
import { safeLocalPath, type Outcome, type WebContext } from '../../server/web-context';

const m = messages(
  {
    title: 'Benachrichtigungen',
    intro: 'Hier finden Sie, was im Netzwerk für Sie passiert ist: neue Inhalte aus Themenfeldern und Kommunen, denen Sie folgen, und Nachrichten zu Ihren Inhalten.',
    unread: 'Ungelesen',
    unreadCount: '{count, plural, =0 {Keine ungelesenen Benachrichtigungen.} one {# ungelesene Benachrichtigung} other {# ungelesene Benachrichtigungen}}',
    read: 'Gelesen',
    noneRead: 'Noch keine gelesenen Benachrichtigungen.',
    none: 'Sie haben noch keine Benachrichtigungen. Folgen Sie Themenfeldern oder Kommunen, um über neue Praxisbeispiele und Veranstaltungen informiert zu werden.',
    markRead: 'Als gelesen markieren',
    markReadItem: 'Als gelesen markieren: „{title}“',
    markAll: 'Alle als gelesen markieren',
    marked: '{count, plural, =0 {Es gab nichts zu markieren.} one {Eine Benachrichtigung ist als gelesen markiert.} other {# Benachrichtigungen sind als gelesen markiert.}}',
    settings: 'Welche Benachrichtigungen Sie per E-Mail erhalten, legen Sie in den Benachrichtigungs-Einstellungen fest.',
    settingsLink: 'Benachrichtigungs-Einstellungen',
    at: 'Am {date}',
  },
  {
    title: 'Notifications',
    intro: 'What happened in the network for you: new content in topics and municipalities you follow, and news about your own content.',
    unread: 'Unread',
    unreadCount: '{count, plural, =0 {No unread notifications.} one {# unread notification} other {# unread notifications}}',
    read: 'Read',
    noneRead: 'No read notifications yet.',
    none: 'You have no notifications yet. Follow topics or municipalities to hear about new case studies and events.',
    markRead: 'Mark as read',
    markReadItem: 'Mark as read: “{title}”',
    markAll: 'Mark all as read',
    marked: '{count, plural, =0 {There was nothing to mark.} one {One notification is marked as read.} other {# notifications are marked as read.}}',
    settings: 'Which notifications reach you by email is set in the notification settings.',
    settingsLink: 'Notification settings',
    at: 'On {date}',
  },
);

const PAGE_SIZE = 20;
/** The API marks at most 100 at a time. */
const MARK_BATCH = 100;

const InboxQuery = graphql(`
  query WebNotifications($first: Int!, $after: String, $withUnread: Boolean!) {
    unread: notifications(unreadOnly: true, first: 100) @include(if: $withUnread) {
      totalCount
      edges { node { id kind title message messageEn quote link createdAt readAt } }
    }
    all: notifications(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id kind title message messageEn quote link createdAt readAt } }
    }
  }
`);

const UnreadIdsQuery = graphql(`
  query WebUnreadNotificationIds {
    notifications(unreadOnly: true, first: 100) { edges { node { id } } }
  }
`);

const MarkReadMutation = graphql(`
  mutation WebMarkNotificationsRead($ids: [ID!]!) {
    markNotificationsRead(ids: $ids)
  }
`);

interface Item {
  id: string;
  title: string;
  message: string;
  messageEn: string;
  quote?: string | null;
  link?: string | null;
  createdAt: string;
  readAt?: string | null;
}

function NotificationItem({ ctx, item }: { ctx: WebContext; item: Item }) {
  const t = ctx.tr(m);
  const text = ctx.locale === 'en' ? item.messageEn : item.message;
  return (
    <li class={`ik-card${item.readAt ? '' : ' ik-unread'}`}>
      <h3 class="kern-heading-small">
        {item.link ? (
          <a class="kern-link" href={safeLocalPath(item.link)}>
            {item.title}
          </a>
        ) : (
          item.title
        )}
      </h3>
      <p class="kern-body">{text}</p>
      {item.quote ? <blockquote class="kern-body ik-prose">{item.quote}</blockquote> : null}
      <p class="ik-meta">
        <time dateTime={item.createdAt}>{t('at', { date: formatDateTime(ctx.locale, item.createdAt) })}</time>
      </p>
      {item.readAt ? null : (
        <form method="post" action="/benachrichtigungen/gelesen" class="ik-inline-form">
          <CsrfField token={ctx.csrfToken} />
          <input type="hidden" name="id" value={item.id} />
          <button type="submit" class="kern-btn kern-btn--secondary kern-btn--x-small" aria-label={t('markReadItem', { title: item.title })}>
            <span class="kern-label">{t('markRead')}</span>
          </button>
        </form>
      )}
    </li>
  );
}

async function inbox(ctx: WebContext): Promise<Outcome> {
  await ctx.require('MEMBER');
  const t = ctx.tr(m);
  const after = ctx.query('nach') ?? null;
  const data = await ctx.load(InboxQuery, { first: PAGE_SIZE, after, withUnread: after === null });
  const params = new URLSearchParams(ctx.path.split('?')[1] ?? '');
  const unread = data.unread?.edges.map((e) => e.node) ?? [];
  // Unread ones are listed above; below come the read ones of this page.
  const read = data.all.edges.map((e) => e.node).filter((n) => n.readAt);
  return {
    kind: 'page',
    title: t('title'),
    body: (
      <>
        <h1 class="kern-heading-large">{t('title')}</h1>
        <p class="kern-body ik-prose">{t('intro')}</p>
        {data.all.totalCount === 0 ? <p class="kern-body">{t('none')}</p> : null}
        {data.unread ? (
          <section aria-labelledby="ungelesen" class="ik-stack">
            <h2 class="kern-heading-medium" id="ungelesen">
              {t('unread')}
            </h2>
            <p class="kern-body">{t('unreadCount', { count: data.unread.totalCount })}</p>
            {unread.length > 0 ? (
              <>
                <form method="post" action="/benachrichtigungen/gelesen" class="ik-inline-form">
                  <CsrfField token={ctx.csrfToken} />
                  <input type="hidden" name="alle" value="1" />
                  <SubmitButton variant="secondary">{t('markAll')}</SubmitButton>
                </form>
                <ul class="ik-grid">
                  {unread.map((n) => (
                    <NotificationItem key={n.id} ctx={ctx} item={n} />
                  ))}
                </ul>
              </>
            ) : null}
          </section>
        ) : null}
        {data.all.totalCount > 0 ? (
          <section aria-labelledby="gelesen" class="ik-stack">
            <h2 class="kern-heading-medium" id="gelesen">
              {t('read')}
            </h2>
            {read.length > 0 ? (
              <ul class="ik-grid">
                {read.map((n) => (
                  <NotificationItem key={n.id} ctx={ctx} item={n} />
                ))}
              </ul>
            ) : (
              <p class="kern-body">{t('noneRead')}</p>
            )}
            <Pagination locale={ctx.locale} basePath="/benachrichtigungen" params={params} endCursor={data.all.pageInfo.endCursor} hasNextPage={data.all.pageInfo.hasNextPage} />
          </section>
        ) : null}
        <p class="kern-body">
          {t('settings')} <a class="kern-link" href="/einstellungen/benachrichtigungen">{t('settingsLink')}</a>
        </p>
      </>
    ),
  };
}

async function markRead(ctx: WebContext): Promise<Outcome> {
  await requireMemberFor(ctx, '/benachrichtigungen');
  const t = ctx.tr(m);
  const all = ctx.field('alle') === '1';
  let ids = ctx.fields('id').slice(0, MARK_BATCH);
  let count = 0;
  // "All" goes through the unread ones a hundred at a time (bounded, in case new ones keep coming).
  for (let round = 0; round < (all ? 20 : 1); round += 1) {
    if (all) ids = (await ctx.load(UnreadIdsQuery, {})).notifications.edges.map((e) => e.node.id);
    if (ids.length === 0) break;
    const result = await ctx.api(MarkReadMutation, { ids });
    if (result.data === null || result.errors.length > 0) return ctx.errorOutcome(result.errors);
    count += result.data.markNotificationsRead;
    if (result.data.markNotificationsRead === 0) break;
  }
  return ctx.redirect('/benachrichtigungen', t('marked', { count }));
}

export const notificationRoutes = [get('/benachrichtigungen', inbox), post('/benachrichtigungen/gelesen', markRead)];
