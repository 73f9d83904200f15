import { AttachmentItem, type AttachmentView } from '../../components/attachment-list';
import { ActionForm, CsrfField, ErrorSummary, FieldErrors, FileField, SelectField, SubmitButton, TextField, fieldErrors } from '../../components/form';
import { graphql } from '../../graphql/generated';
import type { AttachmentLicence } from '../../graphql/generated/graphql';
import { messages } from '../../i18n/i18n';
import { get, post } from '../../server/route';
import { OutcomeError, type Outcome, type WebContext } from '../../server/web-context';
import { BackToWorkspace, isUnauthenticated, officerForPost, ownsContent, requireOfficer, SessionExpiredAlert, type Officer } from './officer-shared';

const m = messages(
  {
    heading: 'Anhänge',
    pageTitle: 'Anhänge: {title}',
    intro: 'PDF, JPEG, PNG oder WebP bis {max} MB, höchstens {count} je Inhalt. Bei Bildern entfernen wir Metadaten wie Standort und Kamera; Anhänge sind so sichtbar wie der Inhalt.',
    none: 'Noch keine Anhänge.',
    add: 'Anhang hinzufügen',
    title: 'Titel des Anhangs',
    licence: 'Lizenz',
    licenceHint: 'Unter welchen Bedingungen andere die Datei nachnutzen dürfen.',
    file: 'Datei',
    fileHint: 'PDF, JPEG, PNG oder WebP.',
    upload: 'Anhang hochladen',
    remove: '„{title}“ entfernen',
    uploaded: 'Anhang „{title}“ hochgeladen.',
    uploadedPending: 'Anhang „{title}“ hochgeladen; er wird auf Schadsoftware geprüft.',
    removed: 'Anhang entfernt.',
    titleRequired: 'Bitte einen Titel angeben.',
    fileRequired: 'Bitte eine Datei auswählen.',
    fileTooLarge: 'Die Datei ist größer als {max} MB.',
    back: 'Zurück zum Bearbeiten',
    licence_CC_BY_4_0: 'CC BY 4.0 (Namensnennung)',
    licence_CC_BY_SA_4_0: 'CC BY-SA 4.0 (Namensnennung, Weitergabe unter gleichen Bedingungen)',
    licence_CC0_1_0: 'CC0 1.0 (gemeinfrei)',
    licence_DL_DE_BY_2_0: 'Datenlizenz Deutschland – Namensnennung – 2.0',
    licence_DL_DE_ZERO_2_0: 'Datenlizenz Deutschland – Zero – 2.0',
    licence_ALL_RIGHTS_RESERVED: 'Alle Rechte vorbehalten',
  },
  {
    heading: 'Attachments',
    pageTitle: 'Attachments: {title}',
    intro: 'PDF, JPEG, PNG or WebP up to {max} MB, at most {count} per item. We remove metadata such as location and camera from images; attachments are visible like the item.',
    none: 'No attachments yet.',
    add: 'Add an attachment',
    title: 'Title of the attachment',
    licence: 'Licence',
    licenceHint: 'On which terms others may reuse the file.',
    file: 'File',
    fileHint: 'PDF, JPEG, PNG or WebP.',
    upload: 'Upload attachment',
    remove: 'Remove “{title}”',
    uploaded: 'Attachment “{title}” uploaded.',
    uploadedPending: 'Attachment “{title}” uploaded; it is being checked for malware.',
    removed: 'Attachment removed.',
    titleRequired: 'Please give a title.',
    fileRequired: 'Please choose a file.',
    fileTooLarge: 'The file is larger than {max} MB.',
    back: 'Back to editing',
    licence_CC_BY_4_0: 'CC BY 4.0 (attribution)',
    licence_CC_BY_SA_4_0: 'CC BY-SA 4.0 (attribution, share alike)',
    licence_CC0_1_0: 'CC0 1.0 (public domain)',
    licence_DL_DE_BY_2_0: 'Data licence Germany – attribution – 2.0',
    licence_DL_DE_ZERO_2_0: 'Data licence Germany – zero – 2.0',
    licence_ALL_RIGHTS_RESERVED: 'All rights reserved',
  },
);

export const LICENCE_VALUES: AttachmentLicence[] = ['CC_BY_4_0', 'CC_BY_SA_4_0', 'CC0_1_0', 'DL_DE_BY_2_0', 'DL_DE_ZERO_2_0', 'ALL_RIGHTS_RESERVED'] as AttachmentLicence[];

/** Upper bounds the form states; the API enforces the configured ones. */
export interface AttachmentLimits {
  maxMb: number;
  perItem: number;
}

const CaseStudyItemQuery = graphql(`
  query WebOfficerCaseStudyAttachments($slug: String!) {
    caseStudy(slug: $slug) {
      id slug title status
      municipality { id }
      coOwners { id }
      attachments { id title fileName contentType size licenceName licenceUrl scanStatus previewUrl }
    }
  }
`);

const EventItemQuery = graphql(`
  query WebOfficerEventAttachments($id: ID!) {
    event(id: $id) {
      id title status
      organiser { id }
      attachments { id title fileName contentType size licenceName licenceUrl scanStatus previewUrl }
    }
  }
`);

const RequestUploadMutation = graphql(`
  mutation WebRequestAttachmentUpload($input: RequestAttachmentUploadInput!) {
    requestAttachmentUpload(input: $input) { uploadUrl attachmentId }
  }
`);

const RemoveMutation = graphql(`
  mutation WebRemoveAttachment($id: ID!) {
    removeAttachment(id: $id)
  }
`);

interface Item {
  id: string;
  title: string;
  /** The editor page of the item; the attachment forms post below it. */
  editPath: string;
  attachments: AttachmentView[];
}

interface FormValues {
  title: string;
  licence: string;
}

/**
 * The "Anhänge" section of the case-study and event editors: the current attachments with a
 * remove button each, and an upload form that works without JavaScript (multipart POST to the
 * web, which asks the API for an upload URL and sends the bytes there itself).
 */
export function AttachmentsSection({ ctx, item, values, errors = {}, limits }: { ctx: WebContext; item: Item; values?: FormValues; errors?: FieldErrors; limits: AttachmentLimits }) {
  const t = ctx.tr(m);
  const v = values ?? { title: '', licence: 'CC_BY_4_0' };
  return (
    <section aria-labelledby="anhaenge-bearbeiten" class="ik-stack">
      <h2 class="kern-heading-medium" id="anhaenge-bearbeiten">{t('heading')}</h2>
      <p class="kern-body">{t('intro', { max: limits.maxMb, count: limits.perItem })}</p>
      {item.attachments.length === 0 ? (
        <p class="kern-body">{t('none')}</p>
      ) : (
        <ul class="ik-attachments">
          {item.attachments.map((a) => (
            <AttachmentItem key={a.id} a={a} locale={ctx.locale}>
              <ActionForm action={`${item.editPath}/anhaenge/${encodeURIComponent(a.id)}/entfernen`} csrf={ctx.csrfToken} label={t('remove', { title: a.title })} variant="tertiary" />
            </AttachmentItem>
          ))}
        </ul>
      )}
      <form method="post" action={`${item.editPath}/anhaenge`} enctype="multipart/form-data" class="ik-form" noValidate>
        <CsrfField token={ctx.csrfToken} />
        <fieldset class="kern-fieldset ik-form">
          <legend class="kern-heading-small">{t('add')}</legend>
          <TextField name="anhangTitel" label={t('title')} value={v.title} required maxLength={200} error={errors.anhangTitel} locale={ctx.locale} />
          <SelectField
            name="anhangLizenz"
            label={t('licence')}
            hint={t('licenceHint')}
            value={v.licence}
            required
            error={errors.anhangLizenz}
            locale={ctx.locale}
            options={LICENCE_VALUES.map((l) => ({ value: l, label: t(`licence_${l}`) }))}
          />
          <FileField name="anhangDatei" label={t('file')} hint={t('fileHint')} accept="application/pdf,image/jpeg,image/png,image/webp,.pdf,.jpg,.jpeg,.png,.webp" required error={errors.anhangDatei} locale={ctx.locale} />
        </fieldset>
        <SubmitButton variant="secondary">{t('upload')}</SubmitButton>
      </form>
    </section>
  );
}

/** API paths of the attachment mutations, mapped to the section's fields. */
const ALIASES: Record<string, string> = {
  'input.title': 'anhangTitel',
  'input.licence': 'anhangLizenz',
  'input.fileName': 'anhangDatei',
  'input.contentType': 'anhangDatei',
  'input.size': 'anhangDatei',
  'input.itemId': 'anhangDatei',
};

interface KindSpec {
  /** Loads the item the officer edits (403 for another municipality's item, as the editors do). */
  load(ctx: WebContext, officer: Officer): Promise<Item>;
}

function limitsOf(ctx: WebContext): AttachmentLimits {
  return ctx.services.attachmentLimits;
}

const caseStudyKind: KindSpec = {
  async load(ctx, officer) {
    const slug = (ctx.req.params as { slug: string }).slug;
    const { caseStudy: cs } = await ctx.load(CaseStudyItemQuery, { slug });
    if (!ownsContent(officer, [cs.municipality, ...cs.coOwners])) throw new OutcomeError({ kind: 'status', status: 403, role: 'OFFICER' });
    return { id: cs.id, title: cs.title, editPath: `/meine-kommune/praxisbeispiele/${encodeURIComponent(cs.slug)}/bearbeiten`, attachments: cs.attachments };
  },
};

const eventKind: KindSpec = {
  async load(ctx, officer) {
    const id = (ctx.req.params as { id: string }).id;
    const { event } = await ctx.load(EventItemQuery, { id });
    if (!ownsContent(officer, [event.organiser])) throw new OutcomeError({ kind: 'status', status: 403, role: 'OFFICER' });
    return { id: event.id, title: event.title, editPath: `/meine-kommune/veranstaltungen/${encodeURIComponent(event.id)}/bearbeiten`, attachments: event.attachments };
  },
};

function page(ctx: WebContext, item: Item, state: { values?: FormValues; errors?: FieldErrors; sessionExpired?: boolean } = {}): Outcome {
  const t = ctx.tr(m);
  const errors = state.errors ?? {};
  const hasErrors = Object.keys(errors).length > 0;
  const title = t('pageTitle', { title: item.title });
  return {
    kind: 'page',
    title,
    hasErrors: hasErrors || state.sessionExpired,
    status: hasErrors || state.sessionExpired ? 400 : 200,
    body: (
      <>
        <BackToWorkspace locale={ctx.locale} />
        {state.sessionExpired ? <SessionExpiredAlert locale={ctx.locale} /> : null}
        <ErrorSummary errors={errors} locale={ctx.locale} labels={{ anhangTitel: t('title'), anhangLizenz: t('licence'), anhangDatei: t('file') }} />
        <h1 class="kern-heading-large">{title}</h1>
        <p class="kern-body"><a class="kern-link" href={item.editPath}>{t('back')}</a></p>
        <AttachmentsSection ctx={ctx} item={item} values={state.values} errors={errors} limits={limitsOf(ctx)} />
      </>
    ),
  };
}

function show(kind: KindSpec) {
  return async (ctx: WebContext): Promise<Outcome> => page(ctx, await kind.load(ctx, await requireOfficer(ctx)));
}

/** The upload: check the form, ask the API for an upload URL, send the bytes there, 303 back to the editor. */
function upload(kind: KindSpec) {
  return async (ctx: WebContext): Promise<Outcome> => {
    const t = ctx.tr(m);
    const officer = await officerForPost(ctx);
    if (!officer) return ctx.signInRedirect();
    const item = await kind.load(ctx, officer);
    const values = { title: ctx.field('anhangTitel').trim(), licence: ctx.field('anhangLizenz') };
    const file = ctx.file('anhangDatei');
    const errors: FieldErrors = {};
    if (!values.title) errors.anhangTitel = t('titleRequired');
    if (!LICENCE_VALUES.includes(values.licence as AttachmentLicence)) values.licence = 'CC_BY_4_0';
    if (!file) errors.anhangDatei = t('fileRequired');
    else if (file.bytes.length > limitsOf(ctx).maxMb * 1_048_576) errors.anhangDatei = t('fileTooLarge', { max: limitsOf(ctx).maxMb });
    if (Object.keys(errors).length > 0 || !file) return page(ctx, item, { values, errors });
    const result = await ctx.api(RequestUploadMutation, {
      input: { itemId: item.id, title: values.title, licence: values.licence as AttachmentLicence, fileName: file.fileName, contentType: file.contentType, size: file.bytes.length },
    });
    const issued = result.data?.requestAttachmentUpload;
    if (!issued) {
      if (isUnauthenticated(result.errors)) return page(ctx, item, { values, sessionExpired: true });
      if (result.errors.some((e) => ['BAD_USER_INPUT', 'CONFLICT'].includes(e.extensions?.code ?? ''))) {
        return page(ctx, item, { values, errors: fieldErrors(result.errors, ctx.locale, ALIASES) });
      }
      return ctx.errorOutcome(result.errors);
    }
    const response = await ctx.upload(issued.uploadUrl, file.bytes);
    const answer = (await response.json().catch(() => ({}))) as { scanStatus?: string; message?: string; messageEn?: string };
    if (response.status !== 201) {
      const message = (ctx.locale === 'en' ? answer.messageEn : answer.message) ?? answer.message ?? `HTTP ${response.status}`;
      return page(ctx, item, { values, errors: { anhangDatei: message } });
    }
    return ctx.redirect(`${item.editPath}#anhaenge-bearbeiten`, t(answer.scanStatus === 'PENDING' ? 'uploadedPending' : 'uploaded', { title: values.title }));
  };
}

function remove(kind: KindSpec) {
  return async (ctx: WebContext): Promise<Outcome> => {
    const t = ctx.tr(m);
    const officer = await requireOfficer(ctx);
    const item = await kind.load(ctx, officer);
    const result = await ctx.api(RemoveMutation, { id: (ctx.req.params as { attachmentId: string }).attachmentId });
    if (!result.data?.removeAttachment) return ctx.errorOutcome(result.errors);
    return ctx.redirect(`${item.editPath}#anhaenge-bearbeiten`, t('removed'));
  };
}

const CASE_STUDY = '/meine-kommune/praxisbeispiele/:slug/bearbeiten/anhaenge';
const EVENT = '/meine-kommune/veranstaltungen/:id/bearbeiten/anhaenge';

export const attachmentEditorRoutes = [
  get(CASE_STUDY, show(caseStudyKind)),
  post(CASE_STUDY, upload(caseStudyKind)),
  post(`${CASE_STUDY}/:attachmentId/entfernen`, remove(caseStudyKind)),
  get(EVENT, show(eventKind)),
  post(EVENT, upload(eventKind)),
  post(`${EVENT}/:attachmentId/entfernen`, remove(eventKind)),
];
