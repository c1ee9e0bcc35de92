/** A profile: header, avatar, name, bio, counts, follow buttons, and their posts. */
import { useMemo } from 'react';
import { accountStatuses, lookupAccount, relationships } from '../../api/accounts';
import type { Account, Relationship } from '../../api/types';
import type { TimelineSource } from '../../api/timelines';
import { useMe } from '../../auth/session';
import { RichContent } from '../../content/RichContent';
import { useI18n } from '../../i18n/i18n';
import { monthYear } from '../../i18n/time';
import { Link } from '../../router/router';
import { Avatar, displayName } from '../../ui/Avatar';
import { ErrorState } from '../../ui/ErrorState';
import { ProfileSkeleton } from '../../ui/Skeleton';
import { useAsync } from '../../ui/useAsync';
import { Timeline } from '../feed/Timeline';
import { usePagedTimeline } from '../feed/usePagedTimeline';
import { FollowButtons } from './FollowButtons';
import { useFollow } from './useFollow';

interface Loaded {
  account: Account;
  relationship: Relationship | null;
}

export function ProfilePage({ acct }: { acct: string }) {
  const me = useMe();
  const { state, retry } = useAsync<Loaded>(async () => {
    const account = await lookupAccount(acct);
    const relationship = me && me.id !== account.id ? ((await relationships(account.id))[0] ?? null) : null;
    return { account, relationship };
  }, [acct, me?.id]);

  if (state.status === 'loading') return <ProfileSkeleton />;
  if (state.status === 'error') return <ErrorState error={state.error} onRetry={retry} />;
  return <Profile key={state.value.account.id} {...state.value} isMe={me?.id === state.value.account.id} />;
}

function Profile({ account, relationship, isMe }: Loaded & { isMe: boolean }) {
  const { t, locale } = useI18n();
  const name = displayName(account);
  const source = useMemo<TimelineSource>(
    () => ({ maxId }, signal) => accountStatuses(account.id, maxId, signal),
    [account.id],
  );
  const posts = usePagedTimeline(source);
  const follow = useFollow(relationship ?? { id: account.id, following: false, notifying: false, followed_by: false });
  return (
    <section aria-labelledby="profile-name">
      <div className="profile">
        <img className="profile-header" src={account.header_static || account.header} alt={t('profile.header', { name })} />
        <div className="profile-top">
          <Avatar account={account} size={88} />
          {isMe && (
            <Link to="/settings/profile" className="button secondary">
              {t('profile.edit')}
            </Link>
          )}
          {relationship && <FollowButtons state={follow} name={name} />}
        </div>
        <h1 id="profile-name" className="profile-name">
          {name}
        </h1>
        <p className="muted">@{account.acct}</p>
        {account.note && <RichContent html={account.note} className="rich-content profile-bio" />}
        <p className="muted small">{t('profile.joined', { date: monthYear(account.created_at, locale) })}</p>
        <Counts account={account} delta={follow.followersDelta} />
      </div>
      <h2 className="section-title">{t('profile.posts')}</h2>
      <Timeline feed={posts} label={`${t('profile.posts')}: ${name}`} emptyText={t('profile.noPosts')} />
    </section>
  );
}

function Counts({ account, delta }: { account: Account; delta: number }) {
  const { t, locale } = useI18n();
  const number = (n: number) => new Intl.NumberFormat(locale).format(n);
  return (
    <dl className="counts">
      <div>
        <dt>{t('profile.posts')}</dt>
        <dd>{number(account.statuses_count)}</dd>
      </div>
      <div>
        <dt>{t('profile.followers')}</dt>
        <dd data-testid="followers-count">{number(Math.max(0, account.followers_count + delta))}</dd>
      </div>
      <div>
        <dt>{t('profile.following')}</dt>
        <dd>{number(account.following_count)}</dd>
      </div>
    </dl>
  );
}
