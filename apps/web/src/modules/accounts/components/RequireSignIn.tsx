import { Button } from '@mantine/core';
import { IconCloudOff, IconRefresh } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { PageLoader } from '../../../ui/PageLoader';
import { StateMessage } from '../../../ui/StateMessage';
import { useViewer } from '../hooks/useViewer';
import { signInPath } from '../redirect';
import { signOutIntent } from '../signOutIntent';

/**
 * A page for signed-in people only: anyone else goes to the sign-in page, and comes back here
 * once signed in; someone who signs out here goes back to the board.
 */
export function RequireSignIn({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { pathname, search } = useLocation();
  const { viewer, isLoading, error, retry } = useViewer();

  if (isLoading) return <PageLoader label={t('session.checking')} />;
  if (error) {
    return (
      <StateMessage
        role="alert"
        icon={<IconCloudOff size={36} stroke={1.6} />}
        title={t('session.error.title')}
        action={
          <Button size="lg" leftSection={<IconRefresh size={20} aria-hidden="true" />} onClick={retry}>
            {t('session.error.retry')}
          </Button>
        }
      >
        {t('session.error.body')}
      </StateMessage>
    );
  }
  if (!viewer) {
    // Signed out here: back to the board. Otherwise: sign in, then come back.
    const to = signOutIntent.wasDeliberate() ? '/' : signInPath(`${pathname}${search}`);
    return <Navigate to={to} replace />;
  }
  return children;
}
