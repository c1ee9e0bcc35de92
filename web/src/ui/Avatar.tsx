import type { Account } from '../api/types';
import { useI18n } from '../i18n/i18n';

export const displayName = (account: Pick<Account, 'display_name' | 'username'>) =>
  account.display_name.trim() || account.username;

export function Avatar({ account, size = 48 }: { account: Account; size?: number }) {
  const { t } = useI18n();
  return (
    <img
      className="avatar"
      src={account.avatar_static || account.avatar}
      alt={t('status.avatarOf', { name: displayName(account) })}
      width={size}
      height={size}
      loading="lazy"
    />
  );
}
