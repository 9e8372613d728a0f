import { Stack, Switch, Text } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type FragmentType, getFragmentData } from '../../../gql';
import { ActivitySwitchFragment } from '../graphql/ActivitySwitch.fragment';
import { UpdateShowActivityMutation } from '../graphql/UpdateShowActivity.mutation';

/**
 * Whether the person's public profile lists their ideas and comments: off until they turn it on,
 * saved at once, the switch showing the new choice while it is sent and the old one if refused.
 */
export function ActivitySwitch(props: { user: FragmentType<typeof ActivitySwitchFragment> }) {
  const user = getFragmentData(ActivitySwitchFragment, props.user);
  const { t } = useTranslation();
  const [update, { loading }] = useMutation(UpdateShowActivityMutation);
  const [outcome, setOutcome] = useState<'saved' | 'failed' | null>(null);

  const change = (showActivity: boolean) => {
    setOutcome(null);
    update({
      variables: { showActivity },
      optimisticResponse: {
        __typename: 'Mutation',
        updateProfile: { __typename: 'User', id: user.id, showActivity },
      },
    }).then(
      () => setOutcome('saved'),
      () => setOutcome('failed'),
    );
  };

  return (
    <Stack gap={4}>
      <Switch
        size="md"
        checked={user.showActivity === true}
        onChange={(event) => change(event.currentTarget.checked)}
        disabled={loading}
        label={t('personalData.profile.showActivity')}
        description={t('personalData.profile.showActivityHint')}
        styles={{ label: { fontWeight: 700 } }}
      />
      <Text role="status" size="sm" fw={700} c={outcome === 'failed' ? 'red.8' : 'green.9'} pl={54}>
        {outcome === 'saved'
          ? t('personalData.profile.showActivitySaved')
          : outcome === 'failed'
            ? t('personalData.profile.showActivityFailed')
            : ''}
      </Text>
    </Stack>
  );
}
