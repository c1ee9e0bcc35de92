/** Where the authorization page sends the browser back: checks state, trades the code. */
import { useEffect, useRef, useState } from 'react';
import { authorizationCodeToken } from '../../api/oauth';
import { storedApp } from '../../auth/app';
import { takePending } from '../../auth/pkce';
import { useSession } from '../../auth/session';
import { useI18n } from '../../i18n/i18n';
import { Link, navigate } from '../../router/router';
import { describeError } from '../../ui/ErrorState';

export function CallbackPage() {
  const { t } = useI18n();
  const { signIn } = useSession();
  const [failure, setFailure] = useState<string | null>(null);
  const started = useRef(false);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    const params = new URLSearchParams(window.location.search);
    const pending = takePending();
    const app = storedApp();
    const code = params.get('code');
    if (params.get('error')) return setFailure(params.get('error_description') ?? params.get('error'));
    if (!pending || !app || !code || params.get('state') !== pending.state) return setFailure('invalid state');
    authorizationCodeToken(app, code, pending.verifier)
      .then((token) => signIn(token.access_token))
      .then(() => navigate('/', { replace: true }))
      .catch((error: unknown) => setFailure(describeError(error, t)));
  }, [signIn, t]);

  return (
    <section className="auth-page" role="status">
      {failure ? (
        <div className="error-state" role="alert">
          <p>{t('auth.callbackFailed', { reason: failure })}</p>
          <Link to="/auth/sign_in" className="button secondary">
            {t('error.retry')}
          </Link>
        </div>
      ) : (
        <p>{t('auth.callback')}</p>
      )}
    </section>
  );
}
