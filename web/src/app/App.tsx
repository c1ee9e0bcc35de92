import { SessionProvider, useSession } from '../auth/session';
import { LiveProvider } from '../features/live/live';
import { UnreadProvider } from '../features/notifications/unread';
import { I18nProvider } from '../i18n/i18n';
import { ErrorState } from '../ui/ErrorState';
import { StatusSkeleton } from '../ui/Skeleton';
import { Layout } from './Layout';
import { Routes } from './Routes';

export function App() {
  return (
    <I18nProvider>
      <SessionProvider>
        <Shell />
      </SessionProvider>
    </I18nProvider>
  );
}

function Shell() {
  const { state, retry } = useSession();
  if (state.status === 'signed-in') {
    return (
      <LiveProvider token={state.token}>
        <UnreadProvider accountId={state.me.id}>
          <Layout>
            <Routes me={state.me} />
          </Layout>
        </UnreadProvider>
      </LiveProvider>
    );
  }
  return (
    <Layout>
      {state.status === 'loading' && <StatusSkeleton />}
      {state.status === 'error' && <ErrorState error={state.error} onRetry={retry} />}
      {state.status === 'signed-out' && <Routes me={null} />}
    </Layout>
  );
}
