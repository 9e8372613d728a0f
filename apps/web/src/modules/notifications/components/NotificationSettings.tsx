import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Paper, SegmentedControl, Select, Stack, Text, Title } from '@mantine/core';
import { IconMail } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NotificationChannel, NotificationTopic } from '../../../gql/graphql';
import { LoadFailed } from '../../../ui/LoadFailed';
import { PageLoader } from '../../../ui/PageLoader';
import {
  NotificationSettingsQuery,
  SetNotificationPreferenceMutation,
  UpdateEmailSettingsMutation,
} from '../graphql/NotificationSettings.query';
import { EmailVerificationNotice } from './EmailVerificationNotice';
import classes from './Notifications.module.css';

export const CONCERNS_ME: readonly NotificationTopic[] = ['REPLIES', 'IDEA_STATUS', 'PLACES'];
export const I_FOLLOW: readonly NotificationTopic[] = ['NEW_IDEAS', 'CLOSINGS', 'EVENTS'];
export const CHANNELS: readonly NotificationChannel[] = ['IN_APP', 'EMAIL', 'DIGEST', 'NEVER'];

function timeZones(current: string | null | undefined): string[] {
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const all = new Set(zones);
  if (current) all.add(current);
  all.add('Europe/Paris');
  return [...all].sort();
}

/** The preferences grid (saved at once) and the language and time zone of the emails. */
export function NotificationSettings() {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(NotificationSettingsQuery, { fetchPolicy: 'cache-and-network' });
  const [setPreference] = useMutation(SetNotificationPreferenceMutation);
  const [updateProfile] = useMutation(UpdateEmailSettingsMutation);
  const [status, setStatus] = useState<'saved' | 'failed' | null>(null);

  if (!data) {
    return error ? (
      <LoadFailed
        titleOrder={2}
        title={t('notifications.settings.errorTitle')}
        body={t('notifications.list.errorBody')}
        retryLabel={t('notifications.list.retry')}
        onRetry={() => void refetch().catch(() => undefined)}
      />
    ) : (
      <PageLoader label={t('notifications.settings.loading')} />
    );
  }

  const channelOf = (topic: NotificationTopic): NotificationChannel =>
    data.notificationPreferences.find((p) => p.topic === topic)?.channel ?? 'IN_APP';

  const save = async (topic: NotificationTopic, channel: NotificationChannel) => {
    setStatus(null);
    try {
      await setPreference({
        variables: { topic, channel },
        optimisticResponse: {
          __typename: 'Mutation',
          setNotificationPreference: data.notificationPreferences.map((p) => ({
            __typename: 'NotificationPreference' as const,
            topic: p.topic,
            channel: p.topic === topic ? channel : p.channel,
          })),
        },
        update: (cache, { data: answer }) => {
          if (!answer) return;
          cache.modify({
            id: 'ROOT_QUERY',
            fields: { notificationPreferences: () => answer.setNotificationPreference },
          });
        },
      });
      setStatus('saved');
    } catch {
      setStatus('failed');
    }
  };

  const saveProfile = async (input: { language?: string; timezone?: string }) => {
    setStatus(null);
    try {
      await updateProfile({ variables: { input } });
      setStatus('saved');
    } catch {
      setStatus('failed');
    }
  };

  const options = CHANNELS.map((channel) => ({
    value: channel,
    label: t(`notifications.settings.channels.${channel}`),
  }));
  const group = (title: string, topics: readonly NotificationTopic[]) => (
    <Paper
      withBorder
      radius="lg"
      p={{ base: 'md', sm: 'lg' }}
      component="section"
      bg="white"
      aria-label={title}
    >
      <Title order={2} size="h3" mb="xs">
        {title}
      </Title>
      <ul className={classes.grid}>
        {topics.map((topic) => {
          const label = t(`notifications.settings.topics.${topic}`);
          return (
            <li key={topic} className={classes.row}>
              <Text className={classes.rowLabel} id={`topic-${topic}`} fw={600}>
                {label}
              </Text>
              <Select
                className={classes.rowSelect}
                aria-label={t('notifications.settings.channelLabel', { topic: label })}
                data={options}
                value={channelOf(topic)}
                allowDeselect={false}
                size="md"
                onChange={(value) => {
                  if (value) void save(topic, value as NotificationChannel);
                }}
              />
            </li>
          );
        })}
      </ul>
    </Paper>
  );

  const me = data.me;
  return (
    <Stack gap="lg">
      {me && <EmailVerificationNotice />}
      {group(t('notifications.settings.concernsMe'), CONCERNS_ME)}
      {group(t('notifications.settings.iFollow'), I_FOLLOW)}
      <Alert color="sun" variant="light" c="ink.9" icon={<IconMail aria-hidden="true" />}>
        {t('notifications.settings.always')}
      </Alert>
      {me && (
        <Paper withBorder radius="lg" p={{ base: 'md', sm: 'lg' }} component="section" bg="white">
          <Stack gap="md">
            <Title order={2} size="h3">
              {t('notifications.settings.emailTitle')}
            </Title>
            {me.email && (
              <Text c="ink.8">{t('notifications.settings.emailAddress', { email: me.email })}</Text>
            )}
            <Stack gap={4}>
              <Text fw={600} id="email-language">
                {t('notifications.settings.language')}
              </Text>
              <SegmentedControl
                aria-labelledby="email-language"
                value={me.language ?? 'fr'}
                data={[
                  { value: 'fr', label: t('notifications.settings.languages.fr') },
                  { value: 'en', label: t('notifications.settings.languages.en') },
                ]}
                onChange={(language) => void saveProfile({ language })}
                maw={320}
              />
            </Stack>
            <Select
              label={t('notifications.settings.timezone')}
              data={timeZones(me.timezone)}
              value={me.timezone ?? null}
              searchable
              allowDeselect={false}
              size="md"
              maw={420}
              onChange={(timezone) => {
                if (timezone) void saveProfile({ timezone });
              }}
            />
          </Stack>
        </Paper>
      )}
      <Text role="status" c={status === 'failed' ? 'red.8' : 'ink.8'} fw={600} mih={24}>
        {status === 'saved' && t('notifications.settings.saved')}
        {status === 'failed' && t('notifications.settings.saveFailed')}
      </Text>
    </Stack>
  );
}
