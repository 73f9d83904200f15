import type { Locale } from '../i18n/i18n';
import { common } from '../i18n/common';
import { translator } from '../i18n/i18n';

/**
 * Forward pagination over the API's cursors: "next" carries `nach=<endCursor>`; "previous" goes
 * back through the cursors seen so far, which travel in the URL (`vor=`), so it works without
 * JavaScript and survives a reload.
 */
export function Pagination(props: {
  locale: Locale;
  basePath: string;
  params: URLSearchParams;
  endCursor?: string | null;
  hasNextPage: boolean;
}) {
  const t = translator(common, props.locale);
  const history = props.params.getAll('vor');
  const current = props.params.get('nach');
  const link = (after: string | null, back: string[]) => {
    const p = new URLSearchParams(props.params);
    p.delete('nach');
    p.delete('vor');
    if (after) p.set('nach', after);
    for (const c of back) p.append('vor', c);
    const q = p.toString();
    return q ? `${props.basePath}?${q}` : props.basePath;
  };
  if (!current && !props.hasNextPage) return null;
  const previous = current ? link(history.length > 0 ? history[history.length - 1] : null, history.slice(0, -1)) : null;
  const next = props.hasNextPage && props.endCursor ? link(props.endCursor, current ? [...history, current] : history) : null;
  return (
    <nav class="ik-pagination" aria-label={t('paginationLabel')}>
      <ul class="ik-inline-list">
        {previous !== null ? (
          <li>
            <a class="kern-link" href={previous === '' ? props.basePath : previous} rel="prev">
              {t('previous')}
            </a>
          </li>
        ) : null}
        {next ? (
          <li>
            <a class="kern-link" href={next} rel="next">
              {t('next')}
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}

/** A KERN badge for a status or maturity. */
export function Badge({ label, tone = 'info' }: { label: string; tone?: 'info' | 'success' | 'warning' | 'danger' }) {
  return (
    <span class={`kern-badge kern-badge--${tone}`}>
      <span class="kern-label kern-label--small">{label}</span>
    </span>
  );
}
