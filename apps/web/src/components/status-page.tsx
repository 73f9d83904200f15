import type { Locale } from '../i18n/i18n';
import type { PageResult, StatusResult } from '../server/web-context';
import { common } from '../i18n/common';
import { translator } from '../i18n/i18n';

/** Not found, no access, error and unavailable pages, each with one h1 and a way home. */
export function StatusPage(locale: Locale, outcome: StatusResult): PageResult {
  const t = translator(common, locale);
  const role = outcome.role === 'COORDINATOR' ? t('roleCoordinator') : outcome.role === 'OFFICER' ? t('roleOfficer') : t('roleMember');
  const [title, text] =
    outcome.status === 404
      ? [t('notFoundTitle'), t('notFoundText')]
      : outcome.status === 403
        ? [t('forbiddenTitle'), t('forbiddenText', { role })]
        : outcome.status === 503
          ? [t('errorTitle'), t('unavailableText')]
          : [t('errorTitle'), t('errorText')];
  return {
    kind: 'page',
    status: outcome.status,
    title,
    body: (
      <>
        <h1 class="kern-heading-large">{title}</h1>
        <p class="kern-body">{text}</p>
        {outcome.errorId ? <p class="kern-body kern-body--small">{t('errorId', { id: outcome.errorId })}</p> : null}
        <p>
          <a class="kern-link" href="/">
            {t('backHome')}
          </a>
        </p>
      </>
    ),
  };
}
