import { CsrfField, SubmitButton, fieldErrors } from '../../components/form';
import { graphql } from '../../graphql/generated';
import { badLinkPage } from '../../components/bad-link';
import { messages } from '../../i18n/i18n';
import { get, post } from '../../server/route';
import type { Outcome, WebContext } from '../../server/web-context';

const m = messages(
  {
    title: 'E-Mail-Benachrichtigungen bestätigen',
    intro:
      'Mit Ihrer Bestätigung erhalten Sie Benachrichtigungen zu Ihren Abonnements per E-Mail – sofort oder als tägliche bzw. wöchentliche Zusammenfassung, wie Sie es je Abonnement gewählt haben.',
    withdraw: 'Sie können die Einwilligung jederzeit in den Benachrichtigungs-Einstellungen oder über den Link in jeder E-Mail widerrufen.',
    confirm: 'Jetzt bestätigen',
    doneTitle: 'E-Mail-Benachrichtigungen bestätigt',
    doneText: 'Vielen Dank. Ab jetzt erhalten Sie Benachrichtigungen zu Ihren Abonnements auch per E-Mail.',
    settings: 'Zu den Benachrichtigungs-Einstellungen',
    badLinkTitle: 'Der Bestätigungslink funktioniert nicht',
    badLinkText: 'Dieser Link ist ungültig, abgelaufen oder wurde schon verwendet. In den Benachrichtigungs-Einstellungen können Sie eine neue Bestätigungs-E-Mail anfordern.',
    badLinkReason: 'Grund: {reason}',
  },
  {
    title: 'Confirm email notifications',
    intro: 'Once you confirm, you receive notifications about your subscriptions by email – immediately or as a daily or weekly digest, as you chose for each subscription.',
    withdraw: 'You can withdraw your consent at any time in the notification settings or through the link in every email.',
    confirm: 'Confirm now',
    doneTitle: 'Email notifications confirmed',
    doneText: 'Thank you. From now on you also receive notifications about your subscriptions by email.',
    settings: 'Go to the notification settings',
    badLinkTitle: 'This confirmation link does not work',
    badLinkText: 'This link is invalid, has expired or has already been used. You can request a new confirmation email in the notification settings.',
    badLinkReason: 'Reason: {reason}',
  },
);

const PATH = '/e-mail-bestaetigen';
const SETTINGS = '/einstellungen/benachrichtigungen';

const ConfirmMutation = graphql(`
  mutation WebConfirmEmailConsent($token: String!) {
    confirmEmailConsent(token: $token)
  }
`);

function badLink(ctx: WebContext, reason?: string): Outcome {
  const t = ctx.tr(m);
  return badLinkPage({
    title: t('badLinkTitle'),
    text: t('badLinkText'),
    reason: reason ? t('badLinkReason', { reason }) : undefined,
    links: [{ href: SETTINGS, label: t('settings') }],
  });
}

/** GET changes nothing: mail scanners that open links must not confirm for the person (ADR 0023). */
function confirmPage(ctx: WebContext): Outcome {
  const t = ctx.tr(m);
  const token = ctx.query('token') ?? '';
  if (!token) return badLink(ctx);
  return {
    kind: 'page',
    title: t('title'),
    body: (
      <div class="ik-stack ik-prose">
        <h1 class="kern-heading-large">{t('title')}</h1>
        <p class="kern-body">{t('intro')}</p>
        <p class="kern-body">{t('withdraw')}</p>
        <form method="post" action={PATH} class="ik-form">
          <CsrfField token={ctx.csrfToken} />
          <input type="hidden" name="token" value={token} />
          <div class="ik-actions">
            <SubmitButton>{t('confirm')}</SubmitButton>
          </div>
        </form>
      </div>
    ),
  };
}

async function confirm(ctx: WebContext): Promise<Outcome> {
  const token = ctx.field('token');
  if (!token) return badLink(ctx);
  const result = await ctx.api(ConfirmMutation, { token });
  if (result.data?.confirmEmailConsent) return ctx.redirect(`${PATH}/bestaetigt`);
  const code = result.errors[0]?.extensions?.code;
  if (code === 'BAD_USER_INPUT' || code === 'CONFLICT') return badLink(ctx, fieldErrors(result.errors, ctx.locale).token);
  return ctx.errorOutcome(result.errors);
}

function done(ctx: WebContext): Outcome {
  const t = ctx.tr(m);
  return {
    kind: 'page',
    title: t('doneTitle'),
    body: (
      <div class="ik-stack ik-prose">
        <h1 class="kern-heading-large">{t('doneTitle')}</h1>
        <p class="kern-body" role="status">{t('doneText')}</p>
        <p class="ik-actions">
          <a class="kern-link" href={SETTINGS}>{t('settings')}</a>
        </p>
      </div>
    ),
  };
}

export const emailConsentRoutes = [get(PATH, async (ctx) => confirmPage(ctx)), post(PATH, confirm), get(`${PATH}/bestaetigt`, async (ctx) => done(ctx))];
