import { ChoiceGroup, CsrfField, ErrorSummary, FieldErrors, SubmitButton, TextField, fieldErrors } from '../../components/form';
import { graphql } from '../../graphql/generated';
import type { Locale, Role } from '../../graphql/generated/graphql';
import { formatDate, messages } from '../../i18n/i18n';
import { get, post } from '../../server/route';
import type { Outcome, WebContext } from '../../server/web-context';
import { BackToWorkspace, isUnauthenticated, officerForPost, requireOfficer, SessionExpiredAlert } from './officer-shared';

const m = messages(
  {
    title: 'Kolleginnen und Kollegen einladen',
    intro: 'Die eingeladene Person erhält eine E-Mail mit einem Link, der 7 Tage gilt. Beim Annehmen legt sie ihren Namen und ein Passwort fest und gehört dann zu {name}.',
    email: 'E-Mail-Adresse',
    role: 'Rolle',
    roleMember: 'Mitglied – liest Inhalte des Netzwerks, folgt Themen, meldet sich zu Veranstaltungen an',
    roleOfficer: 'Digitalbeauftragte/r – legt außerdem Praxisbeispiele und Veranstaltungen für {name} an und lädt ein',
    locale: 'Sprache der Einladung',
    de: 'Deutsch',
    en: 'Englisch',
    nameNote: 'Den Namen legt die eingeladene Person beim Annehmen selbst fest.',
    send: 'Einladung senden',
    sent: 'Einladung an {email} gesendet. Sie gilt bis {until}.',
    emailRequired: 'Bitte geben Sie eine E-Mail-Adresse ein.',
  },
  {
    title: 'Invite colleagues',
    intro: 'The person invited gets an email with a link valid for 7 days. On accepting, they set their name and a password and then belong to {name}.',
    email: 'Email address',
    role: 'Role',
    roleMember: 'Member – reads the network’s content, follows topics, registers for events',
    roleOfficer: 'Digital officer – also creates case studies and events for {name} and invites people',
    locale: 'Language of the invitation',
    de: 'German',
    en: 'English',
    nameNote: 'The person invited sets their name themselves on accepting.',
    send: 'Send invitation',
    sent: 'Invitation sent to {email}. It is valid until {until}.',
    emailRequired: 'Please enter an email address.',
  },
);

const InviteMutation = graphql(`
  mutation WebOfficerInvite($input: InviteUserInput!) {
    inviteUser(input: $input) { id email expiresAt role }
  }
`);

interface Values {
  email: string;
  role: string;
  locale: string;
}

function form(ctx: WebContext, municipality: string, values: Values, errors: FieldErrors, sessionExpired = false): Outcome {
  const t = ctx.tr(m);
  const hasErrors = Object.keys(errors).length > 0;
  return {
    kind: 'page',
    title: t('title'),
    hasErrors: hasErrors || sessionExpired,
    status: hasErrors || sessionExpired ? 400 : 200,
    body: (
      <div class="ik-form">
        <BackToWorkspace locale={ctx.locale} />
        {sessionExpired ? <SessionExpiredAlert locale={ctx.locale} /> : null}
        <ErrorSummary errors={errors} locale={ctx.locale} labels={{ email: t('email'), role: t('role'), locale: t('locale') }} />
        <h1 class="kern-heading-large">{t('title')}</h1>
        <p class="kern-body">{t('intro', { name: municipality })}</p>
        <form method="post" action="/meine-kommune/einladen" class="ik-form" noValidate>
          <CsrfField token={sessionExpired ? ctx.retryCsrfToken : ctx.csrfToken} />
          <TextField name="email" type="email" label={t('email')} value={values.email} autocomplete="off" required error={errors.email} locale={ctx.locale} />
          <ChoiceGroup
            name="role"
            legend={t('role')}
            type="radio"
            selected={[values.role]}
            error={errors.role}
            options={[
              { value: 'MEMBER', label: t('roleMember') },
              { value: 'OFFICER', label: t('roleOfficer', { name: municipality }) },
            ]}
          />
          <ChoiceGroup name="locale" legend={t('locale')} type="radio" horizontal selected={[values.locale]} error={errors.locale} options={[{ value: 'de', label: t('de') }, { value: 'en', label: t('en') }]} />
          <p class="kern-hint">{t('nameNote')}</p>
          <SubmitButton>{t('send')}</SubmitButton>
        </form>
      </div>
    ),
  };
}

async function page(ctx: WebContext): Promise<Outcome> {
  const officer = await requireOfficer(ctx);
  return form(ctx, officer.municipality.name, { email: '', role: 'MEMBER', locale: ctx.locale }, {});
}

async function send(ctx: WebContext): Promise<Outcome> {
  const t = ctx.tr(m);
  const values = { email: ctx.field('email').trim(), role: ctx.field('role') === 'OFFICER' ? 'OFFICER' : 'MEMBER', locale: ctx.field('locale') === 'en' ? 'en' : 'de' };
  const officer = await officerForPost(ctx);
  if (!officer) return form(ctx, '', values, {}, true);
  if (!values.email) return form(ctx, officer.municipality.name, values, { email: t('emailRequired') });
  const result = await ctx.api(InviteMutation, {
    input: { email: values.email, role: values.role as Role, locale: values.locale as Locale, municipalityId: officer.municipality.id },
  });
  const invitation = result.data?.inviteUser;
  if (!invitation) {
    if (isUnauthenticated(result.errors)) return form(ctx, officer.municipality.name, values, {}, true);
    if (result.errors.some((e) => ['BAD_USER_INPUT', 'CONFLICT', 'RATE_LIMITED'].includes(e.extensions?.code ?? ''))) {
      return form(ctx, officer.municipality.name, values, fieldErrors(result.errors, ctx.locale, { municipalityId: '_form' }));
    }
    return ctx.errorOutcome(result.errors);
  }
  return ctx.redirect('/meine-kommune/einladen', t('sent', { email: invitation.email, until: formatDate(ctx.locale, invitation.expiresAt) }));
}

export const inviteRoutes = [get('/meine-kommune/einladen', page), post('/meine-kommune/einladen', send)];
