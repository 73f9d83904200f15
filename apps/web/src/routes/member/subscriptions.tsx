import { ChoiceGroup, CsrfField, ErrorSummary, FieldErrors, SelectField, SubmitButton, fieldErrors } from '../../components/form';
import { labels, topicName } from '../../components/labels';
import { graphql } from '../../graphql/generated';
import type { SubscriptionFrequency, Weekday } from '../../graphql/generated/graphql';
import { formatDate, messages, translator } from '../../i18n/i18n';
import { get, post } from '../../server/route';
import { requireMemberFor } from './guard';
import { safeLocalPath, type Outcome, type WebContext } from '../../server/web-context';

const m = messages(
  {
    title: 'Benachrichtigungs-Einstellungen',
    intro: 'Wem Sie folgen und wie Sie davon erfahren. In der App sehen Sie neue Inhalte immer sofort; per E-Mail sofort, täglich oder wöchentlich als Zusammenfassung.',
    subscriptions: 'Ihre Abonnements',
    noSubscriptions: 'Sie folgen noch keinem Themenfeld und keiner Kommune. Auf den Seiten der Themenfelder und Kommunen können Sie ihnen folgen.',
    topicsLink: 'Zu den Themenfeldern',
    tableCaption: 'Abonnements mit Häufigkeit der E-Mails',
    colTarget: 'Abonnement',
    colFrequency: 'E-Mail',
    colChange: 'Häufigkeit ändern',
    colEnd: 'Beenden',
    since: 'seit {date}',
    topic: 'Themenfeld {name}',
    municipality: 'Kommune {name}',
    partner: 'Partnerorganisation {name}',
    frequencyFor: 'Häufigkeit für {name}',
    change: 'Ändern',
    changeFor: 'Ändern: {name}',
    end: 'Beenden',
    endFor: 'Beenden: {name}',
    ended: 'Das Abonnement ist beendet.',
    following: 'Sie folgen jetzt {kind, select, topic {dem Themenfeld} partner {der Partnerorganisation} other {der Kommune}} „{name}“ (E-Mail: {frequency}).',
    preferences: 'E-Mail-Einstellungen',
    emailEnabled: 'Benachrichtigungen per E-Mail',
    emailOn: 'Ja, per E-Mail benachrichtigen',
    emailOff: 'Nein, nur in der App',
    emailHint: 'Einladungen und E-Mails zum Passwort erhalten Sie in jedem Fall.',
    digestHour: 'Uhrzeit der Zusammenfassungen',
    digestHourHint: 'Tägliche und wöchentliche Zusammenfassungen kommen zu dieser Stunde (deutsche Zeit).',
    hour: '{hour} Uhr',
    digestWeekday: 'Tag der wöchentlichen Zusammenfassung',
    locale: 'Sprache der E-Mails',
    de: 'Deutsch',
    en: 'Englisch',
    save: 'Einstellungen speichern',
    saved: 'Ihre Einstellungen sind gespeichert.',
    MONDAY: 'Montag',
    TUESDAY: 'Dienstag',
    WEDNESDAY: 'Mittwoch',
    THURSDAY: 'Donnerstag',
    FRIDAY: 'Freitag',
    consent: 'Einwilligung in E-Mails',
    consentConfirmed: 'E-Mail-Benachrichtigungen bestätigt am {date}.',
    consentConfirmedHint: 'Sie erhalten E-Mails zu Ihren Abonnements. Ihre Einwilligung können Sie jederzeit widerrufen; in der App sehen Sie alles weiterhin.',
    consentPending: 'Bestätigung ausstehend — erneut senden',
    consentPendingText: 'Wir haben Ihnen am {date} eine E-Mail mit einem Bestätigungslink geschickt. Bis Sie ihn öffnen und bestätigen, sehen Sie neue Inhalte nur in der App.',
    consentNone: 'Sie erhalten keine E-Mails zu Ihren Abonnements, bis Sie diese per E-Mail bestätigen. In der App sehen Sie alles.',
    resend: 'Bestätigungs-E-Mail erneut senden',
    send: 'Bestätigungs-E-Mail senden',
    withdraw: 'Einwilligung widerrufen',
    resent: 'Wir haben Ihnen eine E-Mail mit einem Bestätigungslink geschickt.',
    withdrawn: 'Ihre Einwilligung ist widerrufen. Sie erhalten keine E-Mails zu Ihren Abonnements mehr.',
    myData: 'Ihre gespeicherten Daten laden Sie unter „Meine Daten“ herunter; dort können Sie Ihr Konto auch löschen.',
    myDataLink: 'Meine Daten',
  },
  {
    title: 'Notification settings',
    intro: 'What you follow and how you hear about it. In the app you always see new content at once; by email immediately, or daily or weekly as a digest.',
    subscriptions: 'Your subscriptions',
    noSubscriptions: 'You do not follow any topic or municipality yet. You can follow them on the pages of topics and municipalities.',
    topicsLink: 'Go to the topics',
    tableCaption: 'Subscriptions with the frequency of emails',
    colTarget: 'Subscription',
    colFrequency: 'Email',
    colChange: 'Change frequency',
    colEnd: 'End',
    since: 'since {date}',
    topic: 'Topic {name}',
    municipality: 'Municipality {name}',
    partner: 'Partner organisation {name}',
    frequencyFor: 'Frequency for {name}',
    change: 'Change',
    changeFor: 'Change: {name}',
    end: 'End',
    endFor: 'End: {name}',
    ended: 'The subscription has ended.',
    following: 'You now follow the {kind, select, topic {topic} partner {partner organisation} other {municipality}} “{name}” (email: {frequency}).',
    preferences: 'Email settings',
    emailEnabled: 'Notifications by email',
    emailOn: 'Yes, notify me by email',
    emailOff: 'No, only in the app',
    emailHint: 'Invitations and password emails reach you in any case.',
    digestHour: 'Time of the digests',
    digestHourHint: 'Daily and weekly digests arrive at this hour (German time).',
    hour: '{hour}:00',
    digestWeekday: 'Day of the weekly digest',
    locale: 'Language of emails',
    de: 'German',
    en: 'English',
    save: 'Save settings',
    saved: 'Your settings are saved.',
    MONDAY: 'Monday',
    TUESDAY: 'Tuesday',
    WEDNESDAY: 'Wednesday',
    THURSDAY: 'Thursday',
    FRIDAY: 'Friday',
    consent: 'Consent to emails',
    consentConfirmed: 'Email notifications confirmed on {date}.',
    consentConfirmedHint: 'You receive emails about your subscriptions. You can withdraw your consent at any time; you still see everything in the app.',
    consentPending: 'Confirmation pending — send again',
    consentPendingText: 'On {date} we sent you an email with a confirmation link. Until you open it and confirm, you see new content in the app only.',
    consentNone: 'You receive no emails about your subscriptions until you confirm them by email. You see everything in the app.',
    resend: 'Send the confirmation email again',
    send: 'Send the confirmation email',
    withdraw: 'Withdraw consent',
    resent: 'We sent you an email with a confirmation link.',
    withdrawn: 'Your consent is withdrawn. You no longer receive emails about your subscriptions.',
    myData: 'Download the data stored about you under “My data”; you can also delete your account there.',
    myDataLink: 'My data',
  },
);

const PATH = '/einstellungen/benachrichtigungen';
const FREQUENCIES: readonly SubscriptionFrequency[] = ['IMMEDIATE', 'DAILY', 'WEEKLY'];
const WEEKDAYS: readonly Weekday[] = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'];
const HOURS = [5, 6, 7, 8, 9, 10];

const SettingsQuery = graphql(`
  query WebSubscriptionSettings {
    mySubscriptions {
      id frequency createdAt
      topic { slug name nameEn }
      municipality { slug name }
      partner { slug name }
    }
    myPreferences { emailEnabled digestHour digestWeekday locale }
    myEmailConsent { status requestedAt givenAt }
  }
`);

const ResendConsentMutation = graphql(`
  mutation WebResendEmailConsent {
    resendEmailConsent { status }
  }
`);

const WithdrawConsentMutation = graphql(`
  mutation WebWithdrawEmailConsent {
    withdrawEmailConsent { status }
  }
`);

const SubscribeMutation = graphql(`
  mutation WebSubscribe($target: SubscriptionTargetInput!, $frequency: SubscriptionFrequency!) {
    subscribe(target: $target, frequency: $frequency) {
      id frequency
      topic { slug name nameEn }
      municipality { slug name }
      partner { slug name }
    }
  }
`);

const UnsubscribeMutation = graphql(`
  mutation WebUnsubscribe($id: ID!) {
    unsubscribe(subscriptionId: $id)
  }
`);

const PreferencesMutation = graphql(`
  mutation WebUpdatePreferences($input: UpdatePreferencesInput!) {
    updatePreferences(input: $input) { emailEnabled digestHour digestWeekday locale }
  }
`);

interface Target {
  topic?: { slug: string; name: string; nameEn: string } | null;
  municipality?: { slug: string; name: string } | null;
  partner?: { slug: string; name: string } | null;
}

function targetName(ctx: WebContext, s: Target): string {
  const t = ctx.tr(m);
  if (s.topic) return t('topic', { name: topicName(s.topic, ctx.locale) });
  if (s.partner) return t('partner', { name: s.partner.name });
  return t('municipality', { name: s.municipality?.name ?? '' });
}

interface PreferenceValues {
  emailEnabled: boolean;
  digestHour: number;
  digestWeekday: string;
  locale: string;
}

async function settings(ctx: WebContext, submitted?: { values: PreferenceValues; errors: FieldErrors }): Promise<Outcome> {
  await ctx.require('MEMBER');
  const t = ctx.tr(m);
  const l = translator(labels, ctx.locale);
  const data = await ctx.load(SettingsQuery, {});
  const prefs: PreferenceValues = submitted?.values ?? data.myPreferences;
  const errors = submitted?.errors ?? {};
  const hasErrors = Object.keys(errors).length > 0;
  return {
    kind: 'page',
    title: t('title'),
    hasErrors,
    status: hasErrors ? 400 : 200,
    body: (
      <>
        <ErrorSummary errors={errors} locale={ctx.locale} labels={{ emailEnabled: t('emailEnabled'), digestHour: t('digestHour'), digestWeekday: t('digestWeekday'), locale: t('locale') }} />
        <h1 class="kern-heading-large">{t('title')}</h1>
        <p class="kern-body ik-prose">{t('intro')}</p>
        <section aria-labelledby="abonnements" class="ik-stack">
          <h2 class="kern-heading-medium" id="abonnements">
            {t('subscriptions')}
          </h2>
          {data.mySubscriptions.length === 0 ? (
            <p class="kern-body">
              {t('noSubscriptions')} <a class="kern-link" href="/themen">{t('topicsLink')}</a>
            </p>
          ) : (
            <div class="kern-table-responsive">
              <table class="kern-table">
                <caption class="kern-sr-only">{t('tableCaption')}</caption>
                <thead class="kern-table__header">
                  <tr class="kern-table__row">
                    <th scope="col" class="kern-table__header">{t('colTarget')}</th>
                    <th scope="col" class="kern-table__header">{t('colFrequency')}</th>
                    <th scope="col" class="kern-table__header">{t('colChange')}</th>
                    <th scope="col" class="kern-table__header">{t('colEnd')}</th>
                  </tr>
                </thead>
                <tbody class="kern-table__body">
                  {data.mySubscriptions.map((s) => {
                    const name = targetName(ctx, s);
                    const href = s.topic ? `/themen/${s.topic.slug}` : s.partner ? `/partner/${s.partner.slug}` : `/kommunen/${s.municipality?.slug ?? ''}`;
                    const targetField = s.topic ? { thema: s.topic.slug } : s.partner ? { partner: s.partner.slug } : { kommune: s.municipality?.slug ?? '' };
                    const selectId = `haeufigkeit-${s.id}`;
                    return (
                      <tr class="kern-table__row" key={s.id}>
                        <th scope="row" class="kern-table__cell">
                          <a class="kern-link" href={href}>{name}</a>
                          <br />
                          <span class="ik-meta">{t('since', { date: formatDate(ctx.locale, s.createdAt) })}</span>
                        </th>
                        <td class="kern-table__cell">{l(`frequency_${s.frequency}`)}</td>
                        <td class="kern-table__cell">
                          <form method="post" action="/abonnements" class="ik-actions">
                            <CsrfField token={ctx.csrfToken} />
                            {Object.entries(targetField).map(([k, v]) => (
                              <input key={k} type="hidden" name={k} value={v} />
                            ))}
                            <input type="hidden" name="zurueck" value={PATH} />
                            <label class="kern-label kern-sr-only" for={selectId}>
                              {t('frequencyFor', { name })}
                            </label>
                            <div class="kern-form-input__select-wrapper">
                              <select class="kern-form-input__select" id={selectId} name="haeufigkeit">
                                {FREQUENCIES.map((f) => (
                                  <option key={f} value={f} selected={f === s.frequency}>
                                    {l(`frequency_${f}`)}
                                  </option>
                                ))}
                              </select>
                            </div>
                            <button type="submit" class="kern-btn kern-btn--secondary kern-btn--x-small" aria-label={t('changeFor', { name })}>
                              <span class="kern-label">{t('change')}</span>
                            </button>
                          </form>
                        </td>
                        <td class="kern-table__cell">
                          <form method="post" action="/abonnements/beenden" class="ik-inline-form">
                            <CsrfField token={ctx.csrfToken} />
                            <input type="hidden" name="id" value={s.id} />
                            <input type="hidden" name="zurueck" value={PATH} />
                            <button type="submit" class="kern-btn kern-btn--tertiary kern-btn--x-small" aria-label={t('endFor', { name })}>
                              <span class="kern-label">{t('end')}</span>
                            </button>
                          </form>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
        </section>
        <ConsentSection ctx={ctx} consent={data.myEmailConsent} />
        <section aria-labelledby="email-einstellungen" class="ik-stack">
          <h2 class="kern-heading-medium" id="email-einstellungen">
            {t('preferences')}
          </h2>
          <form method="post" action={PATH} class="ik-form" noValidate>
            <CsrfField token={ctx.csrfToken} />
            <ChoiceGroup
              name="emailEnabled"
              legend={t('emailEnabled')}
              type="radio"
              hint={t('emailHint')}
              error={errors.emailEnabled}
              selected={[prefs.emailEnabled ? 'true' : 'false']}
              options={[
                { value: 'true', label: t('emailOn') },
                { value: 'false', label: t('emailOff') },
              ]}
            />
            <SelectField
              name="digestHour"
              label={t('digestHour')}
              hint={t('digestHourHint')}
              required
              error={errors.digestHour}
              locale={ctx.locale}
              value={String(prefs.digestHour)}
              options={HOURS.map((h) => ({ value: String(h), label: t('hour', { hour: h }) }))}
            />
            <SelectField
              name="digestWeekday"
              label={t('digestWeekday')}
              required
              error={errors.digestWeekday}
              locale={ctx.locale}
              value={prefs.digestWeekday}
              options={WEEKDAYS.map((d) => ({ value: d, label: t(d) }))}
            />
            <ChoiceGroup
              name="locale"
              legend={t('locale')}
              type="radio"
              error={errors.locale}
              selected={[prefs.locale]}
              options={[
                { value: 'de', label: t('de') },
                { value: 'en', label: t('en') },
              ]}
            />
            <div class="ik-actions">
              <SubmitButton>{t('save')}</SubmitButton>
            </div>
          </form>
        </section>
        <p class="kern-body">
          {t('myData')} <a class="kern-link" href="/meine-daten">{t('myDataLink')}</a>
        </p>
      </>
    ),
  };
}

/** The double opt-in state (ADR 0023) with the one button that changes it. */
function ConsentSection({ ctx, consent }: { ctx: WebContext; consent: { status: string; requestedAt?: string | null; givenAt?: string | null } }) {
  const t = ctx.tr(m);
  const button = (action: string, label: string, variant: 'secondary' | 'tertiary') => (
    <form method="post" action={action} class="ik-inline-form">
      <CsrfField token={ctx.csrfToken} />
      <button type="submit" class={`kern-btn kern-btn--${variant}`}>
        <span class="kern-label">{label}</span>
      </button>
    </form>
  );
  return (
    <section aria-labelledby="einwilligung" class="ik-stack">
      <h2 class="kern-heading-medium" id="einwilligung">
        {t('consent')}
      </h2>
      {consent.status === 'CONFIRMED' ? (
        <>
          <p class="kern-body">
            <strong>{t('consentConfirmed', { date: formatDate(ctx.locale, consent.givenAt ?? '') })}</strong> {t('consentConfirmedHint')}
          </p>
          {button(`${PATH}/widerrufen`, t('withdraw'), 'tertiary')}
        </>
      ) : consent.status === 'PENDING' ? (
        <>
          <p class="kern-body">
            <strong>{t('consentPending')}</strong>: {t('consentPendingText', { date: formatDate(ctx.locale, consent.requestedAt ?? '') })}
          </p>
          {button(`${PATH}/bestaetigung`, t('resend'), 'secondary')}
        </>
      ) : (
        <>
          <p class="kern-body">{t('consentNone')}</p>
          {button(`${PATH}/bestaetigung`, t('send'), 'secondary')}
        </>
      )}
    </section>
  );
}

async function consentAction(ctx: WebContext, kind: 'resend' | 'withdraw'): Promise<Outcome> {
  await requireMemberFor(ctx, PATH);
  const t = ctx.tr(m);
  const result = kind === 'resend' ? await ctx.api(ResendConsentMutation, {}) : await ctx.api(WithdrawConsentMutation, {});
  if (result.errors.length > 0) return ctx.errorOutcome(result.errors);
  return ctx.redirect(PATH, kind === 'resend' ? t('resent') : t('withdrawn'));
}

async function savePreferences(ctx: WebContext): Promise<Outcome> {
  await requireMemberFor(ctx, PATH);
  const t = ctx.tr(m);
  const emailRaw = ctx.field('emailEnabled');
  const hour = Number.parseInt(ctx.field('digestHour'), 10);
  const weekday = ctx.field('digestWeekday');
  const locale = ctx.field('locale');
  const values: PreferenceValues = { emailEnabled: emailRaw !== 'false', digestHour: Number.isFinite(hour) ? hour : 7, digestWeekday: weekday, locale };
  const input = {
    ...(emailRaw === 'true' || emailRaw === 'false' ? { emailEnabled: emailRaw === 'true' } : {}),
    // Out-of-range and unknown values go to the API as sent, so its messages name the field.
    ...(ctx.field('digestHour') !== '' ? { digestHour: Number.isFinite(hour) ? hour : -1 } : {}),
    ...(weekday ? { digestWeekday: weekday as Weekday } : {}),
    ...(locale ? { locale: locale as 'de' | 'en' } : {}),
  };
  const result = await ctx.api(PreferencesMutation, { input });
  if (!result.data || result.errors.length > 0) {
    const code = result.errors[0]?.extensions?.code;
    if (code === 'BAD_USER_INPUT' || result.errors.some((e) => /Variable "\$input"/.test(e.message))) {
      return settings(ctx, { values, errors: fieldErrors(result.errors, ctx.locale, { digestHour: 'digestHour' }) });
    }
    return ctx.errorOutcome(result.errors);
  }
  return ctx.redirect(PATH, t('saved'));
}

/** The follow forms of topic, municipality and partner pages post here (fields thema | kommune | partner, haeufigkeit, zurueck). */
async function follow(ctx: WebContext): Promise<Outcome> {
  const back = safeLocalPath(ctx.field('zurueck') || PATH);
  await requireMemberFor(ctx, back);
  const t = ctx.tr(m);
  const l = translator(labels, ctx.locale);
  const topicSlug = ctx.field('thema').trim();
  const municipalitySlug = ctx.field('kommune').trim();
  const partnerSlug = ctx.field('partner').trim();
  const raw = ctx.field('haeufigkeit');
  const frequency: SubscriptionFrequency = (FREQUENCIES as readonly string[]).includes(raw) ? (raw as SubscriptionFrequency) : 'IMMEDIATE';
  if ([topicSlug, municipalitySlug, partnerSlug].filter(Boolean).length !== 1) return { kind: 'status', status: 404 };
  const target = topicSlug ? { topicSlug } : partnerSlug ? { partnerSlug } : { municipalitySlug };
  const result = await ctx.api(SubscribeMutation, { target, frequency });
  if (!result.data || result.errors.length > 0) {
    // An unknown slug is "not found", whatever field the API names.
    if (result.errors[0]?.extensions?.code === 'BAD_USER_INPUT') return { kind: 'status', status: 404 };
    return ctx.errorOutcome(result.errors);
  }
  const s = result.data.subscribe;
  const name = s.topic ? topicName(s.topic, ctx.locale) : (s.partner?.name ?? s.municipality?.name ?? '');
  return ctx.redirect(back, t('following', { kind: s.topic ? 'topic' : s.partner ? 'partner' : 'municipality', name, frequency: l(`frequency_${s.frequency}`) }));
}

async function endSubscription(ctx: WebContext): Promise<Outcome> {
  const back = safeLocalPath(ctx.field('zurueck') || PATH);
  await requireMemberFor(ctx, back);
  const t = ctx.tr(m);
  const id = ctx.field('id');
  const result = await ctx.api(UnsubscribeMutation, { id });
  if (result.errors.length > 0) {
    const code = result.errors[0]?.extensions?.code;
    // Already ended (another tab, the email link) or a malformed id: nothing to end.
    if (code === 'NOT_FOUND' || code === 'BAD_USER_INPUT') return ctx.redirect(back, t('ended'));
    return ctx.errorOutcome(result.errors);
  }
  return ctx.redirect(back, t('ended'));
}

export const subscriptionRoutes = [
  get(PATH, (ctx) => settings(ctx)),
  post(PATH, savePreferences),
  post(`${PATH}/bestaetigung`, (ctx) => consentAction(ctx, 'resend')),
  post(`${PATH}/widerrufen`, (ctx) => consentAction(ctx, 'withdraw')),
  get('/abonnements', async (ctx) => ctx.redirect(PATH)),
  post('/abonnements', follow),
  post('/abonnements/beenden', endSubscription),
];
