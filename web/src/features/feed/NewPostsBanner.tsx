import { useI18n } from '../../i18n/i18n';

export function NewPostsBanner({ count, onShow }: { count: number; onShow: () => void }) {
  const { t } = useI18n();
  if (count === 0) return null;
  return (
    <div className="new-posts" role="status">
      <button type="button" className="button pill" onClick={onShow}>
        {count === 1 ? t('feed.newPost') : t('feed.newPosts', { count })}
      </button>
    </div>
  );
}
