import type { ComponentChildren } from 'preact';
import type { Locale } from '../i18n/i18n';
import type { Viewer } from '../server/web-context';
import { common } from '../i18n/common';
import { translator } from '../i18n/i18n';

export interface LayoutProps {
  locale: Locale;
  title: string;
  viewer: Viewer | null;
  path: string;
  csrfToken: string;
  notice?: string;
  description?: string;
  canonicalUrl?: string;
  children: ComponentChildren;
}

function NavLink({ href, path, children }: { href: string; path: string; children: ComponentChildren }) {
  const current = href === '/' ? path === '/' : path === href || path.startsWith(`${href}/`) || path.startsWith(`${href}?`);
  return (
    <li>
      <a class="kern-link ik-nav__link" href={href} aria-current={current ? 'page' : undefined}>
        {children}
      </a>
    </li>
  );
}

/** The frame of every page: skip link, header with navigation, main, footer (KERN UX). */
export function Layout(props: LayoutProps) {
  const t = translator(common, props.locale);
  const { viewer, path } = props;
  const other: Locale = props.locale === 'de' ? 'en' : 'de';
  return (
    <html lang={props.locale}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.title} – ${t('platformShort')}`}</title>
        {props.description ? <meta name="description" content={props.description} /> : null}
        {props.canonicalUrl ? <link rel="canonical" href={props.canonicalUrl} /> : null}
        <link rel="stylesheet" href="/assets/app.css" />
        <link rel="icon" href="/assets/favicon.svg" type="image/svg+xml" />
      </head>
      <body>
        <a class="ik-skip-link" href="#inhalt">
          {t('skipLink')}
        </a>
        <header class="ik-header">
          <div class="kern-kopfzeile">
            <div class="kern-container">
              <div class="kern-kopfzeile__content">
                <span class="kern-kopfzeile__label">{t('kopfzeile')}</span>
              </div>
            </div>
          </div>
          <div class="kern-container ik-header__bar">
            <a class="ik-brand" href="/">
              <span class="ik-brand__mark" aria-hidden="true">IK</span>
              <span class="ik-brand__name">{t('platform')}</span>
            </a>
            <nav class="ik-account" aria-label={t('accountNavLabel')}>
              <ul class="ik-inline-list">
                {viewer ? (
                  <>
                    <li class="ik-account__name">{t('signedInAs', { name: viewer.displayName })}</li>
                    <li>
                      <a class="kern-link" href="/benachrichtigungen">
                        {t('navNotifications', { count: viewer.unread })}
                      </a>
                    </li>
                    <li>
                      <a class="kern-link" href="/einstellungen">
                        {t('navSettings')}
                      </a>
                    </li>
                    <li>
                      <form method="post" action="/abmelden" class="ik-inline-form">
                        <input type="hidden" name="_csrf" value={props.csrfToken} />
                        <button type="submit" class="kern-btn kern-btn--tertiary kern-btn--x-small">
                          <span class="kern-label">{t('navSignOut')}</span>
                        </button>
                      </form>
                    </li>
                  </>
                ) : (
                  <li>
                    <a class="kern-link" href={`/anmelden?zurueck=${encodeURIComponent(path)}`}>
                      {t('navSignIn')}
                    </a>
                  </li>
                )}
                <li>
                  <a class="kern-link" href={`/sprache/${other}?zurueck=${encodeURIComponent(path)}`} lang={other} hrefLang={other} aria-label={t('languageSwitchLabel')}>
                    {t('languageSwitch')}
                  </a>
                </li>
              </ul>
            </nav>
          </div>
          <nav class="ik-nav" aria-label={t('navLabel')}>
            <div class="kern-container">
              <ul class="ik-inline-list">
                <NavLink href="/" path={path}>{t('navHome')}</NavLink>
                <NavLink href="/praxisbeispiele" path={path}>{t('navCaseStudies')}</NavLink>
                <NavLink href="/veranstaltungen" path={path}>{t('navEvents')}</NavLink>
                <NavLink href="/themen" path={path}>{t('navTopics')}</NavLink>
                <NavLink href="/kommunen" path={path}>{t('navMunicipalities')}</NavLink>
                <NavLink href="/partner" path={path}>{t('navPartners')}</NavLink>
                <NavLink href="/suche" path={path}>{t('navSearch')}</NavLink>
                {viewer && (viewer.role === 'OFFICER' || viewer.role === 'COORDINATOR') && viewer.municipality ? (
                  <NavLink href="/meine-kommune" path={path}>{t('navOfficer')}</NavLink>
                ) : null}
                {viewer?.role === 'COORDINATOR' ? <NavLink href="/koordination" path={path}>{t('navCoordination')}</NavLink> : null}
                {viewer ? null : <NavLink href="/mitglied-werden" path={path}>{t('navJoin')}</NavLink>}
              </ul>
            </div>
          </nav>
        </header>
        <main id="inhalt" class="kern-container ik-main" tabIndex={-1}>
          {props.notice ? (
            <div class="kern-alert kern-alert--success" role="status">
              <div class="kern-alert__header">
                <span class="kern-title">{props.notice}</span>
              </div>
            </div>
          ) : null}
          {props.children}
        </main>
        <footer class="ik-footer">
          <div class="kern-container">
            <nav aria-label={t('footerLabel')}>
              <ul class="ik-inline-list">
                <li><a class="kern-link" href="/impressum">{t('imprint')}</a></li>
                <li><a class="kern-link" href="/datenschutz">{t('privacy')}</a></li>
                <li><a class="kern-link" href="/barrierefreiheit">{t('accessibility')}</a></li>
              </ul>
            </nav>
            <p class="kern-body kern-body--small">{t('footerText')}</p>
          </div>
        </footer>
        <script src="/assets/enhance.js" defer></script>
      </body>
    </html>
  );
}
