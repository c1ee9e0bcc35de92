/**
 * Signing in: a username/e-mail and password form (the password grant), or the server's
 * own authorization page (authorization code with PKCE).
 */
import { useState, type FormEvent } from 'react';
import { passwordToken, SCOPES } from '../../api/oauth';
import { ensureApp } from '../../auth/app';
import { challengeOf, randomString, rememberPending } from '../../auth/pkce';
import { useSession } from '../../auth/session';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router/router';
import { ErrorState } from '../../ui/ErrorState';

export function SignInPage() {
  const { t } = useI18n();
  const { signIn } = useSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [working, setWorking] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    setWorking(true);
    setError(null);
    try {
      const app = await ensureApp();
      const token = await passwordToken(app, username.trim(), password);
      await signIn(token.access_token);
    } catch (failure) {
      setError(failure);
      setWorking(false);
    }
  };

  const authorize = async () => {
    setError(null);
    try {
      const app = await ensureApp();
      const verifier = randomString();
      const state = randomString(16);
      const { challenge, method } = await challengeOf(verifier);
      rememberPending({ state, verifier });
      const query = new URLSearchParams({
        response_type: 'code',
        client_id: app.client_id,
        redirect_uri: app.redirect_uri,
        scope: SCOPES,
        state,
        code_challenge: challenge,
        code_challenge_method: method,
      });
      window.location.assign(`/oauth/authorize?${query.toString()}`);
    } catch (failure) {
      setError(failure);
    }
  };

  return (
    <section className="auth-page" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">{t('auth.signIn.title')}</h1>
      <p className="muted">{t('auth.intro')}</p>
      <form className="form card" onSubmit={submit}>
        <label>
          {t('auth.usernameOrEmail')}
          <input name="username" autoComplete="username" required value={username} onChange={(e) => setUsername(e.target.value)} />
        </label>
        <label>
          {t('auth.password')}
          <input name="password" type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
        </label>
        {error !== null && <ErrorState compact error={error} />}
        <button type="submit" className="button primary" disabled={working}>
          {working ? t('auth.working') : t('auth.submitSignIn')}
        </button>
        <button type="button" className="button link" onClick={() => void authorize()}>
          {t('auth.orAuthorize')}
        </button>
      </form>
      <p>
        {t('auth.noAccount')} <Link to="/auth/sign_up">{t('nav.signUp')}</Link>
      </p>
    </section>
  );
}
