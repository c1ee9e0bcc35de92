/** Which page a path shows. Pages that need an account show the sign-in form otherwise. */
import type { CredentialAccount } from '../api/types';
import { CallbackPage } from '../features/auth/CallbackPage';
import { SignInPage } from '../features/auth/SignInPage';
import { SignUpPage } from '../features/auth/SignUpPage';
import { HomePage } from '../features/feed/HomePage';
import { PublicPage, TagPage } from '../features/feed/PublicPage';
import { NotificationsPage } from '../features/notifications/NotificationsPage';
import { EditProfilePage } from '../features/profile/EditProfilePage';
import { ProfilePage } from '../features/profile/ProfilePage';
import { StatusPage } from '../features/status/StatusPage';
import { useI18n } from '../i18n/i18n';
import { Link, match, navigate, usePath } from '../router/router';
import { useEffect } from 'react';

export function Routes({ me }: { me: CredentialAccount | null }) {
  const path = usePath();
  let params: Record<string, string> | null;

  if (path === '/auth/callback') return <CallbackPage />;
  if (path === '/auth/sign_in' || path === '/auth/sign_up') {
    if (me) return <Redirect to="/" />;
    return path === '/auth/sign_in' ? <SignInPage /> : <SignUpPage />;
  }
  if (path === '/') return me ? <HomePage /> : <Redirect to="/public" />;
  if (path === '/public') return <PublicPage />;
  if ((params = match('/tags/:tag', path))) return <TagPage key={params.tag} tag={params.tag} />;
  if ((params = match('/@:acct/:id', path))) return <StatusPage key={params.id} id={params.id} />;
  if ((params = match('/@:acct', path))) return <ProfilePage key={params.acct} acct={params.acct} />;
  if (path === '/notifications') return me ? <NotificationsPage /> : <SignInPage />;
  if (path === '/settings/profile') return me ? <EditProfilePage me={me} /> : <SignInPage />;
  return <NotFound />;
}

function Redirect({ to }: { to: string }) {
  useEffect(() => navigate(to, { replace: true }), [to]);
  return null;
}

function NotFound() {
  const { t } = useI18n();
  return (
    <div className="error-state" role="alert">
      <p>{t('error.page')}</p>
      <Link to="/" className="button secondary">
        {t('nav.home')}
      </Link>
    </div>
  );
}
