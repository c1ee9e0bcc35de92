/** The frame around every page: navigation (a side bar on wide screens, a bottom bar on phones). */
import type { ReactNode } from 'react';
import { useSession } from '../auth/session';
import { UnreadBadge } from '../features/notifications/unread';
import { LOCALES, useI18n, type Locale } from '../i18n/i18n';
import { Link, navigate, usePath } from '../router/router';
import { Icon } from '../ui/Icon';

export function Layout({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const { state, signOut } = useSession();
  const path = usePath();
  const me = state.status === 'signed-in' ? state.me : null;
  const current = (to: string) => (path === to ? 'page' : undefined);

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <header className="topbar">
        <Link to={me ? '/' : '/public'} className="brand">
          <img src="/favicon.svg" alt="" width={28} height={28} />
          <span>{t('app.name')}</span>
        </Link>
        <div className="topbar-tools">
          <LanguageSwitch />
          {me && (
            <button type="button" className="button ghost" onClick={() => void signOut().then(() => navigate('/public', { replace: true }))}>
              {t('nav.signOut')}
            </button>
          )}
        </div>
      </header>
      <nav className="nav" aria-label={t('nav.main')}>
        {me ? (
          <>
            <Link to="/" aria-current={current('/')}>
              <Icon name="home" /> <span className="nav-label">{t('nav.home')}</span>
            </Link>
            <Link to="/public" aria-current={current('/public')}>
              <Icon name="globe" /> <span className="nav-label">{t('nav.public')}</span>
            </Link>
            <Link to="/notifications" aria-current={current('/notifications')} data-testid="nav-notifications">
              <Icon name="bell" /> <span className="nav-label">{t('nav.notifications')}</span>
              <UnreadBadge />
            </Link>
            <Link to={`/@${me.acct}`} aria-current={current(`/@${me.acct}`)}>
              <Icon name="user" /> <span className="nav-label">{t('nav.profile')}</span>
            </Link>
          </>
        ) : (
          <>
            <Link to="/public" aria-current={current('/public')}>
              <Icon name="globe" /> <span className="nav-label">{t('nav.public')}</span>
            </Link>
            <Link to="/auth/sign_in" aria-current={current('/auth/sign_in')}>
              <Icon name="key" /> <span className="nav-label">{t('nav.signIn')}</span>
            </Link>
            <Link to="/auth/sign_up" aria-current={current('/auth/sign_up')}>
              <Icon name="plus" /> <span className="nav-label">{t('nav.signUp')}</span>
            </Link>
          </>
        )}
      </nav>
      <main id="main" className="main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}

function LanguageSwitch() {
  const { t, locale, setLocale } = useI18n();
  return (
    <label className="language">
      <span className="visually-hidden">{t('nav.language')}</span>
      <select value={locale} onChange={(event) => setLocale(event.target.value as Locale)} aria-label={t('nav.language')}>
        {LOCALES.map((code) => (
          <option key={code} value={code}>
            {t(`lang.${code}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
