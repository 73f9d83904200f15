import type { ComponentChildren } from 'preact';
import { messages, translator, type Locale } from '../i18n/i18n';

/** The fields every page showing attachments asks for (kept in step with the operations). */
export interface AttachmentView {
  id: string;
  title: string;
  fileName: string;
  contentType: string;
  size: number;
  licenceName: string;
  licenceUrl?: string | null;
  scanStatus: string;
  previewUrl?: string | null;
}

const m = messages(
  {
    heading: 'Anhänge',
    licence: 'Lizenz: ',
    pending: 'wird geprüft',
    pendingHint: 'Die Datei wird auf Schadsoftware geprüft und ist danach herunterladbar.',
    download: '{title} herunterladen',
    kind: '{type}, {size}',
  },
  {
    heading: 'Attachments',
    licence: 'Licence: ',
    pending: 'being checked',
    pendingHint: 'The file is being checked for malware and can be downloaded afterwards.',
    download: 'Download {title}',
    kind: '{type}, {size}',
  },
);

const TYPE_NAMES: Record<string, string> = { 'application/pdf': 'PDF', 'image/jpeg': 'JPEG', 'image/png': 'PNG', 'image/webp': 'WebP' };

/** "1,2 MB" / "1.2 MB", "340 kB". */
export function formatSize(locale: Locale, bytes: number): string {
  const number = (n: number) => new Intl.NumberFormat(locale === 'de' ? 'de-DE' : 'en-GB', { maximumFractionDigits: 1 }).format(n);
  if (bytes >= 1_048_576) return `${number(bytes / 1_048_576)} MB`;
  return `${number(Math.max(1, Math.round(bytes / 1024)))} kB`;
}

/** The web's own addresses of an attachment's bytes (the gateway's need a bearer token for network content). */
export const attachmentFilePath = (id: string) => `/anhaenge/${encodeURIComponent(id)}/datei`;
export const attachmentPreviewPath = (id: string) => `/anhaenge/${encodeURIComponent(id)}/vorschau`;

/** One attachment: preview (images), title as download link, type and size, the licence linked to its text. */
export function AttachmentItem({ a, locale, children }: { a: AttachmentView; locale: Locale; children?: ComponentChildren }) {
  const t = translator(m, locale);
  const pending = a.scanStatus === 'PENDING';
  return (
    <li class="ik-attachment">
      {a.previewUrl && !pending ? <img class="ik-attachment__preview" src={attachmentPreviewPath(a.id)} alt="" width={160} loading="lazy" /> : null}
      <div>
        <p class="kern-body">
          {pending ? (
            <strong>{a.title}</strong>
          ) : (
            <a class="kern-link" href={attachmentFilePath(a.id)} download={a.fileName}>{a.title}</a>
          )}{' '}
          <span class="kern-body--small">({t('kind', { type: TYPE_NAMES[a.contentType] ?? a.contentType, size: formatSize(locale, a.size) })})</span>
        </p>
        <p class="kern-body kern-body--small">
          {t('licence')}
          {a.licenceUrl ? <a class="kern-link" rel="license" href={a.licenceUrl}>{a.licenceName}</a> : a.licenceName}
        </p>
        {pending ? <p class="kern-body kern-body--small"><span class="kern-badge kern-badge--info">{t('pending')}</span> {t('pendingHint')}</p> : null}
        {children}
      </div>
    </li>
  );
}

/** The "Anhänge" section of a detail page; nothing when there are none. */
export function AttachmentList({ attachments, locale }: { attachments: AttachmentView[]; locale: Locale }) {
  if (attachments.length === 0) return null;
  const t = translator(m, locale);
  return (
    <section aria-labelledby="anhaenge" class="ik-stack">
      <h2 class="kern-heading-medium" id="anhaenge">{t('heading')}</h2>
      <ul class="ik-attachments">
        {attachments.map((a) => <AttachmentItem key={a.id} a={a} locale={locale} />)}
      </ul>
    </section>
  );
}
