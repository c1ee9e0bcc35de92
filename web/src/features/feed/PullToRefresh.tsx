/**
 * Pull-to-refresh on touch screens: dragging down from the very top of the page past a
 * threshold reloads. Mouse and keyboard users have the refresh button instead.
 */
import { useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n';

const THRESHOLD = 70;

export function PullToRefresh({ onRefresh, children }: { onRefresh: () => Promise<void>; children: ReactNode }) {
  const { t } = useI18n();
  const start = useRef<number | null>(null);
  const [pull, setPull] = useState(0);
  const [refreshing, setRefreshing] = useState(false);

  const onTouchStart = (event: React.TouchEvent) => {
    start.current = window.scrollY <= 0 && !refreshing ? event.touches[0].clientY : null;
  };
  const onTouchMove = (event: React.TouchEvent) => {
    if (start.current === null) return;
    const distance = event.touches[0].clientY - start.current;
    setPull(distance > 0 ? Math.min(distance / 2, THRESHOLD * 1.5) : 0);
  };
  const onTouchEnd = () => {
    const pulled = pull;
    start.current = null;
    setPull(0);
    if (pulled >= THRESHOLD) {
      setRefreshing(true);
      onRefresh()
        .catch(() => undefined)
        .finally(() => setRefreshing(false));
    }
  };

  const label = refreshing ? t('feed.refreshing') : pull >= THRESHOLD ? t('feed.releaseToRefresh') : t('feed.pullToRefresh');
  return (
    <div onTouchStart={onTouchStart} onTouchMove={onTouchMove} onTouchEnd={onTouchEnd} onTouchCancel={onTouchEnd}>
      {(pull > 0 || refreshing) && (
        <div className="pull-indicator" style={{ height: refreshing ? THRESHOLD / 1.5 : pull }} aria-live="polite">
          {label}
        </div>
      )}
      {children}
    </div>
  );
}
