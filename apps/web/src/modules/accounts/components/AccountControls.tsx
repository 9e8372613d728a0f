import { Button, Group, Skeleton, VisuallyHidden } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useViewer } from '../hooks/useViewer';
import { signInPath } from '../redirect';
import { whenMessagesComplete } from '../../../shared/allMessages';
import { useMaxWidth } from '../../../shared/useViewport';

/**
 * The signed-in person's menu and notifications, fetched once someone is signed in: a visitor's
 * first download does without their menus, popovers and live notifications.
 */
const UserMenu = lazy(() =>
  // With the texts of other pages (notifications, profile...): a first visit has only the home page's.
  Promise.all([import('./UserMenu'), whenMessagesComplete()]).then(([module]) => ({
    default: module.UserMenu,
  })),
);

/** Where the header's account controls sit on a phone, beside the navigation. */
const PHONE = '(max-width: 40em)';

/**
 * The header's account corner: "sign in" and "create an account" for visitors, the user menu for
 * the signed-in person. Both links bring the visitor back to the page they were on.
 */
export function AccountControls() {
  const { t } = useTranslation();
  const { pathname, search } = useLocation();
  const { viewer, isLoading } = useViewer();
  const phone = useMaxWidth(PHONE);

  const loading = (
    <div aria-busy="true">
      <VisuallyHidden role="status">{t('account.loading')}</VisuallyHidden>
      <Skeleton height={46} width={phone ? 46 : 150} radius="xl" aria-hidden="true" />
    </div>
  );
  if (isLoading) return loading;

  if (viewer) {
    return (
      <Suspense fallback={loading}>
        <UserMenu user={viewer} />
      </Suspense>
    );
  }

  const here = `${pathname}${search}`;
  return (
    <Group gap={8} wrap="nowrap">
      <Button component={Link} to={signInPath(here)} variant="default" size={phone ? 'sm' : 'md'}>
        {phone ? t('account.signInShort') : t('account.signIn')}
      </Button>
      <Button component={Link} to={signInPath(here, '/sign-up')} size={phone ? 'sm' : 'md'}>
        {phone ? t('account.signUpShort') : t('account.signUp')}
      </Button>
    </Group>
  );
}
