import { Button, Text } from '@mantine/core';
import { IconBell, IconBellOff, IconLogin } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { Message } from '../../../shared/Message';
import { signInPath } from '../../accounts/redirect';
import type { FollowState } from '../hooks/useFollowChallenge';

/**
 * Follow a challenge (to hear when it closes, when a workshop is set for it) or stop following
 * it. Signed out, a link to sign in that comes back here.
 */
export function FollowButton({ follow }: { follow: FollowState }) {
  const { t } = useTranslation();
  const { pathname, search } = useLocation();

  if (follow.isLoading) return null;
  if (follow.signedOut) {
    return (
      <Button
        component={Link}
        to={signInPath(`${pathname}${search}`)}
        variant="default"
        size="md"
        leftSection={<IconLogin size={20} aria-hidden="true" />}
      >
        {t('follow.signIn')}
      </Button>
    );
  }
  return (
    <Button
      size="md"
      variant={follow.following ? 'default' : 'filled'}
      aria-disabled={follow.busy || undefined}
      leftSection={
        follow.following ? (
          <IconBellOff size={20} aria-hidden="true" />
        ) : (
          <IconBell size={20} aria-hidden="true" />
        )
      }
      onClick={() => void follow.toggle()}
    >
      {follow.following ? t('follow.unfollow') : t('follow.follow')}
    </Button>
  );
}

/** What following means, once the viewer follows; or why the switch failed. Read out as it changes. */
export function FollowStatus({ follow }: { follow: FollowState }) {
  const { t } = useTranslation();
  const text = follow.failure ? (
    <Message message={follow.failure} />
  ) : follow.following && !follow.signedOut ? (
    t('follow.following')
  ) : null;
  return (
    <Text role="status" size="sm" c={follow.failure ? 'red.9' : 'ink.7'} fw={follow.failure ? 700 : 400}>
      {text}
    </Text>
  );
}
