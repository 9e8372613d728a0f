import { Alert } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useEffect, useRef, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { accountDeleted } from '../accountDeleted';

/** Once an account is deleted, the board it comes back to says so, until closed or another page. */
export function AccountDeletedNotice() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const shown = useSyncExternalStore(accountDeleted.subscribe, accountDeleted.get, () => false);
  const shownAt = useRef<string | null>(null);
  useEffect(() => {
    if (!shown) {
      shownAt.current = null;
      return;
    }
    // Shown on the board's home page; going anywhere else from there closes it.
    if (shownAt.current === null && pathname === '/') shownAt.current = pathname;
    else if (shownAt.current !== null && pathname !== shownAt.current) accountDeleted.forget();
  }, [shown, pathname]);
  if (!shown) return null;
  return (
    <Alert
      role="status"
      color="green"
      variant="light"
      radius="lg"
      mb="xl"
      icon={<IconCircleCheck aria-hidden="true" />}
      withCloseButton
      closeButtonLabel={t('account.deletedNoticeClose')}
      onClose={accountDeleted.forget}
      styles={{ message: { fontSize: 'var(--mantine-font-size-md)', fontWeight: 700 } }}
    >
      {t('account.deletedNotice')}
    </Alert>
  );
}
