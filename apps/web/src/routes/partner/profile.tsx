import { ChoiceGroup, CsrfField, ErrorSummary, FieldErrors, SubmitButton, TextArea, TextField, fieldErrors } from '../../components/form';
import { graphql } from '../../graphql/generated';
import { messages } from '../../i18n/i18n';
import { get, post } from '../../server/route';
import { OutcomeError, type Outcome, type WebContext } from '../../server/web-context';

const m = messages(
  {
    title: 'Profil bearbeiten: {name}',
    intro: 'Das Profil ist öffentlich. Die Kontaktadresse sehen nur angemeldete Mitglieder.',
    name: 'Name der Organisation',
    website: 'Internetseite',
    websiteHint: 'Mit https://, zum Beispiel https://www.hochschule.example',
    description: 'Was Sie dem Netzwerk anbieten',
    descriptionHint: 'Markdown ist möglich: **fett**, Listen mit „-“, Links.',
    contactEmail: 'Kontaktadresse (E-Mail)',
    topics: 'Themenfelder',
    save: 'Profil speichern',
    saved: 'Das Profil wurde gespeichert.',
    back: 'Zurück zum Profil',
    nameRequired: 'Bitte geben Sie den Namen der Organisation ein.',
    invite: 'Kolleginnen und Kollegen einladen',
    inviteIntro: 'Eingeladene gehören als Mitglied zu Ihrer Organisation: Sie lesen die Inhalte des Netzwerks und folgen Themen.',
    email: 'E-Mail-Adresse',
    send: 'Einladung senden',
    sent: 'Einladung an {email} gesendet.',
    emailRequired: 'Bitte geben Sie eine E-Mail-Adresse ein.',
  },
  {
    title: 'Edit profile: {name}',
    intro: 'The profile is public. Only signed-in members see the contact address.',
    name: 'Name of the organisation',
    website: 'Website',
    websiteHint: 'With https://, for example https://www.university.example',
    description: 'What you offer the network',
    descriptionHint: 'Markdown works: **bold**, lists with “-”, links.',
    contactEmail: 'Contact address (email)',
    topics: 'Topics',
    save: 'Save profile',
    saved: 'The profile has been saved.',
    back: 'Back to the profile',
    nameRequired: 'Please enter the name of the organisation.',
    invite: 'Invite colleagues',
    inviteIntro: 'People invited belong to your organisation as members: they read the network’s content and follow topics.',
    email: 'Email address',
    send: 'Send invitation',
    sent: 'Invitation sent to {email}.',
    emailRequired: 'Please enter an email address.',
  },
);

const ProfileQuery = graphql(`
  query WebPartnerProfile($slug: String!) {
    partner(slug: $slug) { id slug name website description contactEmail viewerCanEdit topics { slug } }
    topics { id slug name nameEn }
  }
`);

const UpdateMutation = graphql(`
  mutation WebUpdatePartnerProfile($id: ID!, $input: UpdatePartnerProfileInput!) {
    updatePartnerProfile(id: $id, input: $input) { slug }
  }
`);

const InviteMutation = graphql(`
  mutation WebInvitePartnerPerson($input: InvitePartnerPersonInput!) {
    invitePartnerPerson(input: $input) { email }
  }
`);

interface Values {
  name: string;
  website: string;
  description: string;
  contactEmail: string;
  topicSlugs: string[];
}

type Loaded = Awaited<ReturnType<typeof load>>;

/** The partner and the topics; only its partner officers and the coordinators get further. */
async function load(ctx: WebContext) {
  await ctx.require('MEMBER');
  const slug = (ctx.req.params as { slug: string }).slug;
  const data = await ctx.load(ProfileQuery, { slug });
  if (!data.partner.viewerCanEdit) throw new OutcomeError({ kind: 'status', status: 403, role: 'OFFICER' });
  return data;
}

function form(ctx: WebContext, data: Loaded, values: Values, errors: FieldErrors, invite: { email: string; errors: FieldErrors } = { email: '', errors: {} }): Outcome {
  const t = ctx.tr(m);
  const path = `/partner/${data.partner.slug}/profil`;
  const hasErrors = Object.keys(errors).length > 0 || Object.keys(invite.errors).length > 0;
  return {
    kind: 'page',
    title: t('title', { name: data.partner.name }),
    hasErrors,
    status: hasErrors ? 400 : 200,
    body: (
      <div class="ik-form">
        <p class="ik-meta"><a class="kern-link" href={`/partner/${data.partner.slug}`}>{t('back')}</a></p>
        <ErrorSummary
          errors={{ ...errors, ...invite.errors }}
          locale={ctx.locale}
          labels={{ name: t('name'), website: t('website'), description: t('description'), contactEmail: t('contactEmail'), topicIds: t('topics'), email: t('email') }}
        />
        <h1 class="kern-heading-large">{t('title', { name: data.partner.name })}</h1>
        <p class="kern-body">{t('intro')}</p>
        <form method="post" action={path} class="ik-form" noValidate>
          <CsrfField token={ctx.csrfToken} />
          <TextField name="name" label={t('name')} value={values.name} required error={errors.name} locale={ctx.locale} maxLength={200} />
          <TextField name="website" type="url" label={t('website')} hint={t('websiteHint')} value={values.website} error={errors.website} locale={ctx.locale} />
          <TextArea name="description" label={t('description')} hint={t('descriptionHint')} value={values.description} rows={8} error={errors.description} locale={ctx.locale} />
          <TextField name="contactEmail" type="email" label={t('contactEmail')} value={values.contactEmail} error={errors.contactEmail} locale={ctx.locale} />
          <ChoiceGroup
            name="topicSlugs"
            legend={t('topics')}
            type="checkbox"
            selected={values.topicSlugs}
            error={errors.topicIds}
            options={data.topics.map((topic) => ({ value: topic.slug, label: ctx.locale === 'en' ? topic.nameEn : topic.name }))}
          />
          <SubmitButton>{t('save')}</SubmitButton>
        </form>
        <section aria-labelledby="einladen" class="ik-stack">
          <h2 class="kern-heading-medium" id="einladen">{t('invite')}</h2>
          <p class="kern-body">{t('inviteIntro')}</p>
          <form method="post" action={`${path}/einladen`} class="ik-form" noValidate>
            <CsrfField token={ctx.csrfToken} />
            <TextField name="email" type="email" label={t('email')} value={invite.email} autocomplete="off" required error={invite.errors.email} locale={ctx.locale} />
            <SubmitButton variant="secondary">{t('send')}</SubmitButton>
          </form>
        </section>
      </div>
    ),
  };
}

async function page(ctx: WebContext): Promise<Outcome> {
  const data = await load(ctx);
  const p = data.partner;
  return form(ctx, data, { name: p.name, website: p.website ?? '', description: p.description, contactEmail: p.contactEmail ?? '', topicSlugs: p.topics.map((x) => x.slug) }, {});
}

async function save(ctx: WebContext): Promise<Outcome> {
  const t = ctx.tr(m);
  const data = await load(ctx);
  const values: Values = {
    name: ctx.field('name').trim(),
    website: ctx.field('website').trim(),
    description: ctx.field('description'),
    contactEmail: ctx.field('contactEmail').trim(),
    topicSlugs: ctx.fields('topicSlugs'),
  };
  if (!values.name) return form(ctx, data, values, { name: t('nameRequired') });
  const topicIds = data.topics.filter((topic) => values.topicSlugs.includes(topic.slug)).map((topic) => topic.id);
  const result = await ctx.api(UpdateMutation, {
    id: data.partner.id,
    input: { name: values.name, website: values.website || null, description: values.description, contactEmail: values.contactEmail || null, topicIds },
  });
  if (!result.data) {
    if (result.errors.some((e) => e.extensions?.code === 'BAD_USER_INPUT')) return form(ctx, data, values, fieldErrors(result.errors, ctx.locale));
    return ctx.errorOutcome(result.errors);
  }
  return ctx.redirect(`/partner/${data.partner.slug}`, t('saved'));
}

async function invite(ctx: WebContext): Promise<Outcome> {
  const t = ctx.tr(m);
  const data = await load(ctx);
  const p = data.partner;
  const current = { name: p.name, website: p.website ?? '', description: p.description, contactEmail: p.contactEmail ?? '', topicSlugs: p.topics.map((x) => x.slug) };
  const email = ctx.field('email').trim();
  if (!email) return form(ctx, data, current, {}, { email, errors: { email: t('emailRequired') } });
  const result = await ctx.api(InviteMutation, { input: { partnerId: p.id, email, locale: ctx.locale } });
  if (!result.data) {
    if (result.errors.some((e) => ['BAD_USER_INPUT', 'CONFLICT'].includes(e.extensions?.code ?? ''))) {
      return form(ctx, data, current, {}, { email, errors: fieldErrors(result.errors, ctx.locale) });
    }
    return ctx.errorOutcome(result.errors);
  }
  return ctx.redirect(`/partner/${p.slug}/profil`, t('sent', { email: result.data.invitePartnerPerson.email }));
}

export const partnerProfileRoutes = [
  get('/partner/:slug/profil', page),
  post('/partner/:slug/profil', save),
  post('/partner/:slug/profil/einladen', invite),
];
