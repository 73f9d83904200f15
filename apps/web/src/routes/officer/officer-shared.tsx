import type { ApiError } from '../../server/api-client';
import { formatDateTime, messages, translator, type Locale } from '../../i18n/i18n';
import { OutcomeError, type Viewer, type WebContext } from '../../server/web-context';

/** A signed-in officer (or coordinator) who belongs to a municipality: the workspace's owner. */
export type Officer = Viewer & { municipality: NonNullable<Viewer['municipality']> };

const m = messages(
  {
    expiredTitle: 'Ihre Sitzung ist abgelaufen',
    expiredText: 'Ihre Sitzung ist abgelaufen. Bitte melden Sie sich in einem neuen Tab an und senden Sie das Formular dann erneut. Ihre Eingaben bleiben auf dieser Seite erhalten.',
    expiredLink: 'Anmelden (öffnet in einem neuen Tab)',
    workspace: 'Meine Kommune',
    breadcrumb: 'Zurück zu „Meine Kommune“',
    rejected: 'Begründung der Koordinierungsstelle',
    changesRequested: 'Die Koordinierungsstelle bittet um Änderungen',
  },
  {
    expiredTitle: 'Your session has expired',
    expiredText: 'Your session has expired. Please sign in in a new tab and then send the form again. What you entered stays on this page.',
    expiredLink: 'Sign in (opens in a new tab)',
    workspace: 'My municipality',
    breadcrumb: 'Back to “My municipality”',
    rejected: 'Reason given by the coordination office',
    changesRequested: 'The coordination office asks for changes',
  },
);

function asOfficer(viewer: Viewer): Officer {
  if (viewer.role === 'MEMBER' || !viewer.municipality) throw new OutcomeError({ kind: 'status', status: 403, role: 'OFFICER' });
  return viewer as Officer;
}

/** Guard of every workspace page: anonymous → sign-in, members and people without a municipality → 403. */
export async function requireOfficer(ctx: WebContext): Promise<Officer> {
  return asOfficer(await ctx.require('OFFICER'));
}

/**
 * Guard of workspace forms: like {@link requireOfficer}, but a session that ended while the person
 * was typing answers null, so the action re-renders the form with everything kept instead of
 * redirecting to sign-in and losing a long text.
 */
export async function officerForPost(ctx: WebContext): Promise<Officer | null> {
  const viewer = await ctx.viewer();
  if (!viewer) return null;
  return asOfficer(viewer);
}

export function isUnauthenticated(errors: ApiError[]): boolean {
  return errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
}

/** True when the item belongs to the officer's municipality (owner or co-owner); coordinators may edit all. */
export function ownsContent(officer: Officer, owners: Array<{ id: string }>): boolean {
  return officer.role === 'COORDINATOR' || owners.some((o) => o.id === officer.municipality.id);
}

/** The alert above a form whose session ended: sign in elsewhere, then send again. */
export function SessionExpiredAlert({ locale }: { locale: Locale }) {
  const t = translator(m, locale);
  return (
    <div class="kern-alert kern-alert--warning" role="alert" id="sitzung-abgelaufen">
      <div class="kern-alert__header">
        <h2 class="kern-title">{t('expiredTitle')}</h2>
      </div>
      <div class="kern-alert__body">
        <p class="kern-body">{t('expiredText')}</p>
        <p class="kern-body">
          <a class="kern-link" href="/anmelden" target="_blank" rel="noopener">
            {t('expiredLink')}
          </a>
        </p>
      </div>
    </div>
  );
}

/** The link back to the workspace overview above each workspace page. */
export function BackToWorkspace({ locale }: { locale: Locale }) {
  const t = translator(m, locale);
  return (
    <p class="kern-body">
      <a class="kern-link" href="/meine-kommune">
        {t('breadcrumb')}
      </a>
    </p>
  );
}

/** Lines of a textarea, trimmed, without empty ones. */
export function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
}

/**
 * A euro amount as people type it ("12000", "12.000", "12.000,50", "1 200 €"); null for empty,
 * NaN when it is no number.
 */
export function parseEuro(text: string): number | null {
  let s = text.replace(/[\s\u00a0€]/g, '').replace(/EUR$/i, '');
  if (s === '') return null;
  if (s.includes(',')) s = s.replace(/\./g, '').replace(',', '.');
  else if (/^\d{1,3}(\.\d{3})+$/.test(s)) s = s.replace(/\./g, '');
  return /^\d+(\.\d+)?$/.test(s) ? Number(s) : Number.NaN;
}

/** A whole number typed into a form; null for empty, NaN when it is none. */
export function parseWhole(text: string): number | null {
  const s = text.trim();
  if (s === '') return null;
  return /^\d+$/.test(s) ? Number(s) : Number.NaN;
}

/** A review decision as the editors receive it from `reviewDecisions`. */
export interface ReviewDecision {
  decision: string;
  comment?: string | null;
  createdAt: string;
}

/** Whether the coordination office sent the item back or rejected it: its comment is what the owners need. */
export function isSentBack(status: string): boolean {
  return status === 'CHANGES_REQUESTED' || status === 'REJECTED';
}

/** The decision that put an item sent back into its status (the latest of that kind); none otherwise. */
export function sendingBack<D extends Pick<ReviewDecision, 'decision'>>(status: string, decisions: D[] | undefined): D | undefined {
  return isSentBack(status) ? decisions?.filter((d) => d.decision === status).pop() : undefined;
}

/**
 * The coordination office's latest word on an item sent back or rejected, above its editor; nothing
 * for other statuses or a decision without comment.
 */
export function ReviewNote({ status, decisions, locale }: { status: string; decisions: ReviewDecision[]; locale: Locale }) {
  const last = sendingBack(status, decisions);
  if (!last?.comment) return null;
  const t = translator(m, locale);
  return (
    <div class="kern-alert kern-alert--info" role="note">
      <div class="kern-alert__header">
        <h2 class="kern-title">{t(status === 'REJECTED' ? 'rejected' : 'changesRequested')}</h2>
      </div>
      <div class="kern-alert__body">
        <blockquote class="kern-body ik-quote">{last.comment}</blockquote>
        <p class="kern-body kern-body--small">{formatDateTime(locale, last.createdAt)}</p>
      </div>
    </div>
  );
}
