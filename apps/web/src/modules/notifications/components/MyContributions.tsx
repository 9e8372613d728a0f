import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconBulb } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type FragmentType, getFragmentData } from '../../../gql';
import type { MyContribution_IdeaFragment } from '../../../gql/graphql';
import { usePagedQuery } from '../../../shared/usePagedQuery';
import { LoadFailed } from '../../../ui/LoadFailed';
import { PageLoader } from '../../../ui/PageLoader';
import { StateMessage } from '../../../ui/StateMessage';
import { MyContributionFragment, MyIdeasQuery } from '../graphql/MyIdeas.query';
import { dateTimeFormat } from '../../../shared/intl';

export const MY_IDEAS_PAGE_SIZE = 20;

type Step = MyContribution_IdeaFragment['timeline'][number];

/** One step of an idea's timeline in words. */
export function stepText(t: TFunction, step: Step): string {
  switch (step.kind) {
    case 'MERGED':
      return t('notifications.contributions.timeline.MERGED', {
        target: step.mergedInto?.title ?? t('notifications.item.anIdea'),
      });
    case 'ON_AGENDA':
      return t('notifications.contributions.timeline.ON_AGENDA', {
        event: step.event?.title ?? t('notifications.item.anEvent'),
      });
    case 'CHALLENGE_CLOSED':
      return step.outcome
        ? t('notifications.contributions.timeline.CHALLENGE_CLOSED_outcome', { outcome: step.outcome })
        : t('notifications.contributions.timeline.CHALLENGE_CLOSED');
    default:
      return t(`notifications.contributions.timeline.${step.kind}`);
  }
}

function stepHref(step: Step): string | null {
  if (step.kind === 'MERGED' && step.mergedInto) return `/ideas/${step.mergedInto.id}`;
  if (step.kind === 'ON_AGENDA' && step.event) return `/events/${step.event.id}`;
  return null;
}

function Contribution(props: { idea: FragmentType<typeof MyContributionFragment> }) {
  const idea = getFragmentData(MyContributionFragment, props.idea);
  const { t, i18n } = useTranslation();
  const date = dateTimeFormat(i18n.language, { dateStyle: 'medium' });
  const selected = idea.status === 'SELECTED';
  return (
    <Paper component="li" withBorder radius="lg" p={{ base: 'md', sm: 'lg' }} bg="white">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Title order={2} size="h4" style={{ overflowWrap: 'anywhere', flex: '1 1 200px' }}>
            <Anchor component={Link} to={`/ideas/${idea.id}`}>
              {idea.title}
            </Anchor>
          </Title>
          <Badge color={selected ? 'sun' : 'ink'} variant={selected ? 'filled' : 'light'} c="ink.9" size="lg">
            {t(`notifications.contributions.status.${idea.status}`)}
          </Badge>
        </Group>
        <Text c="ink.8">
          <Anchor component={Link} to={`/challenges/${idea.challenge.id}`} c="ink.8">
            {t('notifications.contributions.onChallenge', { challenge: idea.challenge.title })}
          </Anchor>
        </Text>
        {idea.hidden && (
          <Text size="sm" c="ink.7">
            {t('notifications.contributions.hiddenNote')}
          </Text>
        )}
        <Stack
          component="ol"
          gap={4}
          m={0}
          p={0}
          style={{ listStyle: 'none' }}
          aria-label={t('notifications.contributions.timelineLabel')}
        >
          {idea.timeline.map((step, index) => {
            const href = stepHref(step);
            const text = stepText(t, step);
            return (
              <Text component="li" key={`${step.kind}-${index}`} size="sm" c="ink.8">
                <Text span fw={600} c="ink.7">
                  {date.format(new Date(step.at))}
                </Text>
                {' · '}
                {href ? (
                  <Anchor component={Link} to={href} size="sm">
                    {text}
                  </Anchor>
                ) : (
                  text
                )}
              </Text>
            );
          })}
        </Stack>
      </Stack>
    </Paper>
  );
}

/** "Mes contributions": every idea of the viewer, and what became of it. */
export function MyContributions() {
  const { t } = useTranslation();
  const page = usePagedQuery(MyIdeasQuery, {
    variables: { first: MY_IDEAS_PAGE_SIZE },
    connection: (data) => data.myIdeas,
  });
  if (page.error) {
    return (
      <LoadFailed
        titleOrder={2}
        title={t('notifications.contributions.errorTitle')}
        body={t('notifications.list.errorBody')}
        retryLabel={t('notifications.list.retry')}
        onRetry={page.retry}
      />
    );
  }
  if (page.isLoading || !page.connection)
    return <PageLoader label={t('notifications.contributions.loading')} />;
  if (page.nodes.length === 0) {
    return (
      <StateMessage
        icon={<IconBulb size={36} stroke={1.6} />}
        title={t('notifications.contributions.emptyTitle')}
        action={
          <Button component={Link} to="/" size="lg">
            {t('notifications.verify.home')}
          </Button>
        }
      >
        {t('notifications.contributions.emptyBody')}
      </StateMessage>
    );
  }
  return (
    <Stack gap="md">
      <Stack component="ul" gap="md" p={0} m={0} style={{ listStyle: 'none' }}>
        {page.nodes.map((node) => (
          <Contribution key={node.id} idea={node} />
        ))}
      </Stack>
      {page.loadMoreFailed && (
        <Text c="red.8" role="alert">
          {t('notifications.contributions.loadMoreFailed')}
        </Text>
      )}
      {page.hasMore && (
        <Group justify="center">
          <Button
            variant="default"
            size="md"
            loading={page.isLoadingMore}
            onClick={() => void page.loadMore()}
          >
            {t('notifications.contributions.loadMore')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
