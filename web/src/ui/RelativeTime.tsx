import { useEffect, useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { fullDate, relativeTime } from '../i18n/time';

/** "3 min ago", refreshed every minute, with the full date on hover and for machines. */
export function RelativeTime({ iso }: { iso: string }) {
  const { locale } = useI18n();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 60_000);
    return () => window.clearInterval(timer);
  }, []);
  return (
    <time dateTime={iso} title={fullDate(iso, locale)}>
      {relativeTime(iso, locale, now)}
    </time>
  );
}
