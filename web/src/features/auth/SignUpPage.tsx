/** Signing up: the app's own token (client credentials) creates the account and signs in. */
import { useState, type FormEvent } from 'react';
import { clientCredentialsToken, signUp } from '../../api/oauth';
import { ensureApp } from '../../auth/app';
import { useSession } from '../../auth/session';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router/router';
import { ErrorState } from '../../ui/ErrorState';

export function SignUpPage() {
  const { t, locale } = useI18n();
  const { signIn } = useSession();
  const [form, setForm] = useState({ username: '', email: '', password: '', agreement: false });
  const [working, setWorking] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const field = (name: 'username' | 'email' | 'password') => ({
    name,
    value: form[name],
    onChange: (event: React.ChangeEvent<HTMLInputElement>) => setForm({ ...form, [name]: event.target.value }),
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setWorking(true);
    setError(null);
    try {
      const app = await ensureApp();
      const appToken = await clientCredentialsToken(app);
      const token = await signUp(appToken.access_token, { ...form, username: form.username.trim(), locale });
      await signIn(token.access_token);
    } catch (failure) {
      setError(failure);
      setWorking(false);
    }
  };

  return (
    <section className="auth-page" aria-labelledby="sign-up-title">
      <h1 id="sign-up-title">{t('auth.signUp.title')}</h1>
      <p className="muted">{t('auth.intro')}</p>
      <form className="form card" onSubmit={submit}>
        <label>
          {t('auth.username')}
          <input {...field('username')} autoComplete="username" required pattern="[A-Za-z0-9_]{1,30}" maxLength={30} />
        </label>
        <label>
          {t('auth.email')}
          <input {...field('email')} type="email" autoComplete="email" required />
        </label>
        <label>
          {t('auth.password')}
          <input {...field('password')} type="password" autoComplete="new-password" required minLength={8} maxLength={72} aria-describedby="password-hint" />
          <span id="password-hint" className="muted small">
            {t('auth.passwordHint')}
          </span>
        </label>
        <label className="checkbox">
          <input type="checkbox" name="agreement" required checked={form.agreement} onChange={(event) => setForm({ ...form, agreement: event.target.checked })} />
          {t('auth.agreement')}
        </label>
        {error !== null && <ErrorState compact error={error} />}
        <button type="submit" className="button primary" disabled={working}>
          {working ? t('auth.working') : t('auth.submitSignUp')}
        </button>
      </form>
      <p>
        {t('auth.haveAccount')} <Link to="/auth/sign_in">{t('nav.signIn')}</Link>
      </p>
    </section>
  );
}
