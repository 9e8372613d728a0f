import { IconWifiOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import classes from './OfflineNotice.module.css';
import { useLiveStatus } from './useLiveStatus';

/**
 * A small notice while the live connection is lost ("Offline — reconnecting…"), gone when it is
 * back. `dark` on a dark screen (the projector). Its live region is always in the page, so that screen readers hear the notice appear.
 */
export function OfflineNotice({ tone = 'light' }: { tone?: 'light' | 'dark' }) {
  const { t } = useTranslation();
  const offline = useLiveStatus() === 'offline';
  return (
    <div aria-live="polite" className={classes.region}>
      {offline && (
        <span role="status" className={classes.notice} data-tone={tone} data-testid="offline-notice">
          <IconWifiOff size={18} aria-hidden="true" />
          {t('live.offline')}
        </span>
      )}
    </div>
  );
}
