import { CsrfField, ErrorSummary, FieldErrors, SelectField, SubmitButton, TextField, fieldErrors } from '../../components/form';
import { labels } from '../../components/labels';
import { graphql } from '../../graphql/generated';
import { LOCALES, Locale, messages, translator } from '../../i18n/i18n';
import { get, post } from '../../server/route';
import { LOCALE_COOKIE, type Outcome, type WebContext } from '../../server/web-context';

const m = messages(
  {
    title: 'Einstellungen',
    account: 'Ihr Konto',
    name: 'Name',
    email: 'E-Mail-Adresse',
    role: 'Rolle',
    municipality: 'Kommune',
    sections: 'Weitere Einstellungen',
    notifications: 'Benachrichtigungen und E-Mails',
    notificationsText: 'Welche Themen und Kommunen Sie verfolgen, wie oft Sie E-Mails bekommen.',
    password: 'Passwort ändern',
    passwordText: 'Ein neues Passwort festlegen; auf anderen Geräten werden Sie dabei abgemeldet.',
    myData: 'Meine Daten',
    myDataText: 'Alle gespeicherten Daten herunterladen oder das Konto löschen.',
    language: 'Sprache',
    languageLabel: 'Sprache der Plattform und Ihrer E-Mails',
    saveLanguage: 'Sprache speichern',
    languageSaved: 'Die Sprache wurde gespeichert.',
    passwordTitle: 'Passwort ändern',
    passwordIntro: 'Geben Sie zur Bestätigung Ihr aktuelles Passwort ein und wählen Sie ein neues. Auf anderen Geräten werden Sie danach abgemeldet; hier bleiben Sie angemeldet.',
    currentPassword: 'Aktuelles Passwort',
    newPassword: 'Neues Passwort',
    newPasswordHint: 'Mindestens 8 Zeichen; kein verbreitetes Passwort.',
    newPasswordRepeat: 'Neues Passwort wiederholen',
    savePassword: 'Passwort ändern',
    cancel: 'Abbrechen',
    currentRequired: 'Bitte geben Sie Ihr aktuelles Passwort ein.',
    newRequired: 'Bitte geben Sie ein neues Passwort ein.',
    repeatRequired: 'Bitte wiederholen Sie das neue Passwort.',
    mismatch: 'Die beiden neuen Passwörter stimmen nicht überein.',
    passwordChanged: 'Ihr Passwort wurde geändert. Auf anderen Geräten wurden Sie abgemeldet.',
  },
  {
    title: 'Settings',
    account: 'Your account',
    name: 'Name',
    email: 'Email address',
    role: 'Role',
    municipality: 'Municipality',
    sections: 'More settings',
    notifications: 'Notifications and emails',
    notificationsText: 'Which topics and municipalities you follow, how often you get emails.',
    password: 'Change password',
    passwordText: 'Set a new password; this signs you out on other devices.',
    myData: 'My data',
    myDataText: 'Download all stored data or delete the account.',
    language: 'Language',
    languageLabel: 'Language of the platform and of your emails',
    saveLanguage: 'Save language',
    languageSaved: 'The language has been saved.',
    passwordTitle: 'Change password',
    passwordIntro: 'Enter your current password to confirm and choose a new one. You will then be signed out on other devices; here you stay signed in.',
    currentPassword: 'Current password',
    newPassword: 'New password',
    newPasswordHint: 'At least 8 characters; not a common password.',
    newPasswordRepeat: 'Repeat the new password',
    savePassword: 'Change password',
    cancel: 'Cancel',
    currentRequired: 'Please enter your current password.',
    newRequired: 'Please enter a new password.',
    repeatRequired: 'Please repeat the new password.',
    mismatch: 'The two new passwords do not match.',
    passwordChanged: 'Your password has been changed. You have been signed out on other devices.',
  },
);

const LANGUAGE_NAMES: Record<Locale, string> = { de: 'Deutsch', en: 'English' };

const UpdateLocaleMutation = graphql(`
  mutation WebUpdateLocale($locale: Locale!) {
    updatePreferences(input: { locale: $locale }) { locale }
  }
`);

const ChangePasswordMutation = graphql(`
  mutation WebChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);

async function overview(ctx: WebContext): Promise<Outcome> {
  const t = ctx.tr(m);
  const l = translator(labels, ctx.locale);
  const viewer = await ctx.require();
  return {
    kind: 'page',
    title: t('title'),
    body: (
      <div class="ik-stack">
        <h1 class="kern-heading-large">{t('title')}</h1>
        <section aria-labelledby="konto" class="ik-stack">
          <h2 class="kern-heading-medium" id="konto">{t('account')}</h2>
          <dl class="ik-facts kern-body">
            <dt>{t('name')}</dt>
            <dd>{viewer.displayName}</dd>
            <dt>{t('email')}</dt>
            <dd>{viewer.email}</dd>
            <dt>{t('role')}</dt>
            <dd>{l(`role_${viewer.role}`)}</dd>
            {viewer.municipality ? (
              <>
                <dt>{t('municipality')}</dt>
                <dd>{viewer.municipality.name}</dd>
              </>
            ) : null}
          </dl>
        </section>
        <section aria-labelledby="weitere" class="ik-stack">
          <h2 class="kern-heading-medium" id="weitere">{t('sections')}</h2>
          <ul class="ik-grid">
            <li class="ik-card">
              <h3 class="kern-heading-small"><a class="kern-link" href="/einstellungen/benachrichtigungen">{t('notifications')}</a></h3>
              <p class="kern-body">{t('notificationsText')}</p>
            </li>
            <li class="ik-card">
              <h3 class="kern-heading-small"><a class="kern-link" href="/einstellungen/passwort">{t('password')}</a></h3>
              <p class="kern-body">{t('passwordText')}</p>
            </li>
            <li class="ik-card">
              <h3 class="kern-heading-small"><a class="kern-link" href="/meine-daten">{t('myData')}</a></h3>
              <p class="kern-body">{t('myDataText')}</p>
            </li>
          </ul>
        </section>
        <section aria-labelledby="sprache" class="ik-stack">
          <h2 class="kern-heading-medium" id="sprache">{t('language')}</h2>
          <form method="post" action="/einstellungen/sprache" class="ik-form">
            <CsrfField token={ctx.csrfToken} />
            <SelectField name="locale" label={t('languageLabel')} value={viewer.locale} required locale={ctx.locale} options={LOCALES.map((code) => ({ value: code, label: LANGUAGE_NAMES[code] }))} />
            <div class="ik-actions">
              <SubmitButton variant="secondary">{t('saveLanguage')}</SubmitButton>
            </div>
          </form>
        </section>
      </div>
    ),
  };
}

async function saveLanguage(ctx: WebContext): Promise<Outcome> {
  await ctx.require();
  const chosen = ctx.field('locale');
  const locale: Locale = chosen === 'en' ? 'en' : 'de';
  const result = await ctx.api(UpdateLocaleMutation, { locale });
  if (!result.data?.updatePreferences) return ctx.errorOutcome(result.errors);
  ctx.reply.setCookie(LOCALE_COOKIE, locale, ctx.cookieOptions(365 * 86_400));
  return ctx.redirect('/einstellungen', translator(m, locale)('languageSaved'));
}

function passwordForm(ctx: WebContext, errors: FieldErrors): Outcome {
  const t = ctx.tr(m);
  const hasErrors = Object.keys(errors).length > 0;
  return {
    kind: 'page',
    title: t('passwordTitle'),
    hasErrors,
    status: hasErrors ? 400 : 200,
    body: (
      <div class="ik-form">
        <ErrorSummary errors={errors} locale={ctx.locale} />
        <h1 class="kern-heading-large">{t('passwordTitle')}</h1>
        <p class="kern-body">{t('passwordIntro')}</p>
        <form method="post" action="/einstellungen/passwort" class="ik-form" noValidate>
          <CsrfField token={ctx.csrfToken} />
          <TextField name="currentPassword" type="password" label={t('currentPassword')} autocomplete="current-password" required error={errors.currentPassword} locale={ctx.locale} maxLength={1024} />
          <TextField name="newPassword" type="password" label={t('newPassword')} hint={t('newPasswordHint')} autocomplete="new-password" required error={errors.newPassword} locale={ctx.locale} maxLength={128} />
          <TextField name="newPasswordRepeat" type="password" label={t('newPasswordRepeat')} autocomplete="new-password" required error={errors.newPasswordRepeat} locale={ctx.locale} maxLength={128} />
          <div class="ik-actions">
            <SubmitButton>{t('savePassword')}</SubmitButton>
            <a class="kern-link" href="/einstellungen">{t('cancel')}</a>
          </div>
        </form>
      </div>
    ),
  };
}

async function changePassword(ctx: WebContext): Promise<Outcome> {
  const t = ctx.tr(m);
  await ctx.require();
  const currentPassword = ctx.field('currentPassword');
  const newPassword = ctx.field('newPassword');
  const repeat = ctx.field('newPasswordRepeat');
  const missing: FieldErrors = {};
  if (!currentPassword) missing.currentPassword = t('currentRequired');
  if (!newPassword) missing.newPassword = t('newRequired');
  if (!repeat) missing.newPasswordRepeat = t('repeatRequired');
  else if (newPassword && newPassword !== repeat) missing.newPasswordRepeat = t('mismatch');
  if (Object.keys(missing).length > 0) return passwordForm(ctx, missing);
  const result = await ctx.api(ChangePasswordMutation, { currentPassword, newPassword });
  if (result.data?.changePassword) return ctx.redirect('/einstellungen', t('passwordChanged'));
  const code = result.errors[0]?.extensions?.code;
  if (code === 'BAD_USER_INPUT' || code === 'RATE_LIMITED') return passwordForm(ctx, fieldErrors(result.errors, ctx.locale));
  return ctx.errorOutcome(result.errors);
}

export const settingsRoutes = [
  get('/einstellungen', overview),
  post('/einstellungen/sprache', saveLanguage),
  get('/einstellungen/passwort', async (ctx) => {
    await ctx.require();
    return passwordForm(ctx, {});
  }),
  post('/einstellungen/passwort', changePassword),
];
