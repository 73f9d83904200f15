import { ChoiceGroup, CsrfField, ErrorSummary, FieldErrors, SubmitButton, TextField, fieldErrors } from '../../components/form';
import { graphql } from '../../graphql/generated';
import { messages } from '../../i18n/i18n';
import { get, post } from '../../server/route';
import type { Outcome, WebContext } from '../../server/web-context';
import { requireMemberFor } from './guard';
import { loadProviders, providerFor, SingleSignOnLinks } from '../account/single-sign-on';

const m = messages(
  {
    title: 'Meine Daten',
    intro: 'Sie haben das Recht, die über Sie gespeicherten Daten zu erhalten (Art. 15 DSGVO) und sie in einem gängigen, maschinenlesbaren Format mitzunehmen (Art. 20 DSGVO). Sie können Ihr Konto außerdem jederzeit löschen (Art. 17 DSGVO).',
    downloadTitle: 'Daten herunterladen',
    downloadText: 'Die Datei im JSON-Format enthält Ihr Konto, Ihre Partnerorganisation, Ihre Anmeldungen über den Anmeldedienst Ihrer Verwaltung, Ihre Einstellungen, Abonnements, Benachrichtigungen, Anmeldungen zu Veranstaltungen, Ihre Meldungen und die Einträge des Prüfprotokolls zu Ihren Handlungen.',
    download: 'Daten herunterladen',
    deleteTitle: 'Konto löschen',
    deleteText: 'Beim Löschen werden Ihr Name, Ihre E-Mail-Adresse, Ihr Passwort, Ihre Abonnements, Benachrichtigungen und Anmeldungen gelöscht. Sie erhalten danach keine E-Mails mehr von IKONE. Praxisbeispiele und Veranstaltungen, die Sie für Ihre Kommune veröffentlicht haben, bleiben bei der Kommune und erscheinen als von „ehemaliges Mitglied“.',
    deleteWarning: 'Das Löschen kann nicht rückgängig gemacht werden.',
    password: 'Ihr aktuelles Passwort',
    passwordHint: 'Zur Bestätigung, dass Sie es sind.',
    passwordRequired: 'Bitte geben Sie Ihr Passwort ein.',
    confirm: 'Bestätigung',
    confirmLabel: 'Ich verstehe, dass mein Konto endgültig gelöscht wird und ich mich danach nicht mehr anmelden kann.',
    confirmRequired: 'Bitte bestätigen Sie, dass Ihr Konto endgültig gelöscht werden soll.',
    submit: 'Konto endgültig löschen',
    confirmDialog: 'Möchten Sie Ihr Konto wirklich endgültig löschen?',
    deleted: 'Ihr Konto wurde gelöscht.',
    wrongPassword: 'Das Passwort stimmt nicht.',
    confirmEmail: 'Ihre E-Mail-Adresse',
    confirmEmailHint: 'Ihr Konto hat kein Passwort, weil Sie sich über Ihre Verwaltung anmelden. Geben Sie zur Bestätigung die E-Mail-Adresse Ihres Kontos ein. Zur Sicherheit geht das nur in den ersten 10 Minuten nach der Anmeldung.',
    confirmEmailRequired: 'Bitte geben Sie die E-Mail-Adresse Ihres Kontos ein.',
    reauthenticate: 'Liegt Ihre Anmeldung länger zurück, melden Sie sich zuerst erneut an:',
  },
  {
    title: 'My data',
    intro: 'You have the right to obtain the data stored about you (Art. 15 GDPR) and to take it with you in a common, machine-readable format (Art. 20 GDPR). You can also delete your account at any time (Art. 17 GDPR).',
    downloadTitle: 'Download your data',
    downloadText: 'The JSON file contains your account, your partner organisation, your sign-ins through your administration’s sign-in service, settings, subscriptions, notifications, event registrations, your reports and the audit log entries of your actions.',
    download: 'Download data',
    deleteTitle: 'Delete account',
    deleteText: 'Deleting erases your name, email address, password, subscriptions, notifications and registrations. You will receive no more emails from IKONE. Case studies and events you published for your municipality stay with the municipality and are shown as by “former member” (ehemaliges Mitglied).',
    deleteWarning: 'Deleting cannot be undone.',
    password: 'Your current password',
    passwordHint: 'To confirm it is you.',
    passwordRequired: 'Please enter your password.',
    confirm: 'Confirmation',
    confirmLabel: 'I understand that my account will be deleted for good and that I cannot sign in afterwards.',
    confirmRequired: 'Please confirm that your account is to be deleted for good.',
    submit: 'Delete account for good',
    confirmDialog: 'Do you really want to delete your account for good?',
    deleted: 'Your account has been deleted.',
    wrongPassword: 'The password is not correct.',
    confirmEmail: 'Your email address',
    confirmEmailHint: 'Your account has no password because you sign in through your administration. To confirm, enter the email address of your account. For your safety, this works only within 10 minutes of signing in.',
    confirmEmailRequired: 'Please enter the email address of your account.',
    reauthenticate: 'If you signed in longer ago, sign in again first:',
  },
);

const ExportQuery = graphql(`
  query WebExportMyData {
    exportMyData
  }
`);

const DeleteMutation = graphql(`
  mutation WebDeleteMyAccount($password: String, $confirmEmail: String) {
    deleteMyAccount(password: $password, confirmEmail: $confirmEmail)
  }
`);

const ConfirmationQuery = graphql(`
  query WebAccountDeletionConfirmation {
    me { id hasPassword }
  }
`);

/** Accounts with a password confirm with it; accounts from single sign-on with their email address after a recent sign-in. */
async function hasPassword(ctx: WebContext): Promise<boolean> {
  return (await ctx.load(ConfirmationQuery, {})).me.hasPassword !== false;
}

async function page(ctx: WebContext, errors: FieldErrors = {}, confirmed = false, typedEmail = ''): Promise<Outcome> {
  const viewer = await ctx.require('MEMBER');
  const t = ctx.tr(m);
  const withPassword = await hasPassword(ctx);
  const provider = withPassword ? undefined : providerFor(await loadProviders(ctx), viewer.email);
  const hasErrors = Object.keys(errors).length > 0;
  return {
    kind: 'page',
    title: t('title'),
    hasErrors,
    status: hasErrors ? 400 : 200,
    body: (
      <>
        <ErrorSummary errors={errors} locale={ctx.locale} labels={{ password: t('password'), confirmEmail: t('confirmEmail'), bestaetigung: t('confirm') }} />
        <h1 class="kern-heading-large">{t('title')}</h1>
        <p class="kern-body ik-prose">{t('intro')}</p>
        <section aria-labelledby="herunterladen" class="ik-stack">
          <h2 class="kern-heading-medium" id="herunterladen">
            {t('downloadTitle')}
          </h2>
          <p class="kern-body ik-prose">{t('downloadText')}</p>
          <p>
            <a class="kern-btn kern-btn--primary" href="/meine-daten/export" download="ikone-meine-daten.json">
              <span class="kern-label">{t('download')}</span>
            </a>
          </p>
        </section>
        <section aria-labelledby="loeschen" class="ik-stack">
          <h2 class="kern-heading-medium" id="loeschen">
            {t('deleteTitle')}
          </h2>
          <p class="kern-body ik-prose">{t('deleteText')}</p>
          <p class="kern-body">
            <strong>{t('deleteWarning')}</strong>
          </p>
          <form method="post" action="/meine-daten/loeschen" class="ik-form" noValidate data-confirm={t('confirmDialog')}>
            <CsrfField token={ctx.csrfToken} />
            {withPassword ? (
              <TextField name="password" type="password" label={t('password')} hint={t('passwordHint')} autocomplete="current-password" required error={errors.password} locale={ctx.locale} />
            ) : (
              <TextField name="confirmEmail" type="email" label={t('confirmEmail')} hint={t('confirmEmailHint')} autocomplete="off" value={typedEmail} required error={errors.confirmEmail} locale={ctx.locale} />
            )}
            <ChoiceGroup
              name="bestaetigung"
              legend={t('confirm')}
              type="checkbox"
              error={errors.bestaetigung}
              selected={confirmed ? ['ja'] : []}
              options={[{ value: 'ja', label: t('confirmLabel') }]}
            />
            <div class="ik-actions">
              <SubmitButton>{t('submit')}</SubmitButton>
            </div>
          </form>
          {provider ? (
            <>
              <p class="kern-body">{t('reauthenticate')}</p>
              <SingleSignOnLinks providers={[provider]} back="/meine-daten" locale={ctx.locale} />
            </>
          ) : null}
        </section>
      </>
    ),
  };
}

/** The export as a download: the API's JSON, unchanged, as an attachment. */
async function download(ctx: WebContext): Promise<Outcome> {
  await ctx.require('MEMBER');
  const data = await ctx.load(ExportQuery, {});
  ctx.reply
    .code(200)
    .header('content-type', 'application/json; charset=utf-8')
    .header('content-disposition', 'attachment; filename="ikone-meine-daten.json"')
    .header('cache-control', 'private, no-store')
    .send(data.exportMyData);
  return { kind: 'sent' };
}

async function deleteAccount(ctx: WebContext): Promise<Outcome> {
  await requireMemberFor(ctx, '/meine-daten');
  const t = ctx.tr(m);
  const withPassword = await hasPassword(ctx);
  const password = withPassword ? ctx.field('password') : '';
  const confirmEmail = withPassword ? '' : (ctx.field('confirmEmail') ?? '').trim();
  const confirmed = ctx.field('bestaetigung') === 'ja';
  const errors: FieldErrors = {};
  if (withPassword && !password) errors.password = t('passwordRequired');
  if (!withPassword && !confirmEmail) errors.confirmEmail = t('confirmEmailRequired');
  if (!confirmed) errors.bestaetigung = t('confirmRequired');
  if (Object.keys(errors).length > 0) return page(ctx, errors, confirmed, confirmEmail);
  const result = await ctx.api(DeleteMutation, withPassword ? { password } : { confirmEmail });
  if (!result.data?.deleteMyAccount) {
    const code = result.errors[0]?.extensions?.code;
    const found = fieldErrors(result.errors, ctx.locale);
    if (code === 'BAD_USER_INPUT') {
      // The API names the password field; anything else it says stays at the form.
      return page(ctx, found.password || found.confirmEmail || found._form ? found : { password: t('wrongPassword') }, confirmed, confirmEmail);
    }
    // Signed in too long ago (accounts without a password): the form says so, next to the way to sign in again.
    if (code === 'FORBIDDEN' && found.confirmEmail) return page(ctx, found, confirmed, confirmEmail);
    return ctx.errorOutcome(result.errors);
  }
  // The API has ended every token of the account; the web session goes with it.
  await ctx.endSession();
  return ctx.redirect('/', t('deleted'));
}

export const myDataRoutes = [get('/meine-daten', (ctx) => page(ctx)), get('/meine-daten/export', download), post('/meine-daten/loeschen', deleteAccount)];
