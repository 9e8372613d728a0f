import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Stack, Text } from '@mantine/core';
import { IconBellOff, IconBellRinging } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChallengeMuteQuery, MuteChallengeMutation } from '../graphql/MuteChallenge.mutation';

/**
 * "Mettre en sourdine" beside the follow button, for the challenge's followers only: they keep
 * following it without its notifications.
 */
export function MuteChallengeToggle({ challengeId }: { challengeId: string }) {
  const { t } = useTranslation();
  const { data } = useQuery(ChallengeMuteQuery, { variables: { id: challengeId } });
  const [mute, { loading }] = useMutation(MuteChallengeMutation);
  const [failed, setFailed] = useState(false);
  const challenge = data?.challenge;
  if (!challenge?.viewerIsFollowing) return null;
  const muted = challenge.viewerHasMuted;

  const toggle = async () => {
    setFailed(false);
    try {
      await mute({
        variables: { id: challengeId, muted: !muted },
        optimisticResponse: { __typename: 'Mutation', muteChallenge: true },
        update: (cache) => {
          cache.modify({
            id: cache.identify({ __typename: 'Challenge', id: challengeId }),
            fields: { viewerHasMuted: () => !muted },
          });
        },
      });
    } catch {
      setFailed(true);
    }
  };

  return (
    <Stack gap={4}>
      <Button
        variant="default"
        size="md"
        loading={loading}
        leftSection={
          muted ? (
            <IconBellRinging size={20} aria-hidden="true" />
          ) : (
            <IconBellOff size={20} aria-hidden="true" />
          )
        }
        onClick={() => void toggle()}
      >
        {muted ? t('notifications.mute.unmute') : t('notifications.mute.mute')}
      </Button>
      {muted && (
        <Text size="sm" c="ink.7">
          {t('notifications.mute.mutedHint')}
        </Text>
      )}
      {failed && (
        <Text size="sm" c="red.8" role="alert">
          {t('notifications.mute.failed')}
        </Text>
      )}
    </Stack>
  );
}
