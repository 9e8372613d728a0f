import { Group, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconCalendarHeart, IconMapPin } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { type FragmentType, getFragmentData } from '../../../gql';
import { InitialsAvatar } from '../../../ui/InitialsAvatar';
import { Markdown } from '../../../ui/Markdown';
import { UserProfileFragment } from '../graphql/UserProfile.fragment';
import classes from './UserProfile.module.css';
import { RoleBadge } from './RoleBadge';
import { UserActivity } from './UserActivity';

/** A person as everyone may see them: name, role, city, since when, and their introduction. */
export function UserProfile(props: { user: FragmentType<typeof UserProfileFragment> }) {
  const user = getFragmentData(UserProfileFragment, props.user);
  const { t } = useTranslation();

  return (
    <Stack gap="xl" maw={760}>
      <Group gap="lg" wrap="nowrap" align="center">
        <InitialsAvatar
          name={user.formerMember ? t('personalData.activity.formerMember') : user.displayName}
          size={88}
          fz={32}
        />
        <Stack gap={8} miw={0}>
          <Title order={1} className={classes.name}>
            {user.formerMember ? t('personalData.activity.formerMember') : user.displayName}
          </Title>
          {!user.formerMember && (
            <Group gap="sm">
              <RoleBadge role={user.role} />
            </Group>
          )}
        </Stack>
      </Group>
      <Stack gap={6}>
        {user.city && !user.formerMember && (
          <Text size="lg" className={classes.fact}>
            <IconMapPin size={22} stroke={1.8} aria-hidden="true" />
            <span>
              <VisuallyHidden>{t('user.city')} </VisuallyHidden>
              {user.city}
            </span>
          </Text>
        )}
        <Text size="lg" className={classes.fact}>
          <IconCalendarHeart size={22} stroke={1.8} aria-hidden="true" />
          <time dateTime={user.createdAt}>{t('user.memberSince', { date: new Date(user.createdAt) })}</time>
        </Text>
      </Stack>
      <Paper p={{ base: 'lg', sm: 'xl' }} radius="lg" withBorder className={classes.bio}>
        {user.formerMember ? (
          <Text size="lg" c="ink.7" fs="italic">
            {t('personalData.activity.formerMemberNote')}
          </Text>
        ) : user.bio ? (
          <Markdown>{user.bio}</Markdown>
        ) : (
          <Text size="lg" c="ink.7" fs="italic">
            {t('user.noBio')}
          </Text>
        )}
      </Paper>
      <UserActivity userId={user.id} />
    </Stack>
  );
}
