import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAlertCircle, IconCalendarEvent, IconChecks, IconFlag, IconListCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getFragmentData } from '../../../gql';
import { LoadFailed } from '../../../ui/LoadFailed';
import { StateMessage } from '../../../ui/StateMessage';
import { type AttentionItem, needsAttention, type ReportedChallenge, SOON_DAYS } from '../attention';
import {
  ATTENTION_SCAN,
  AttentionChallengeFragment,
  AttentionChallengesQuery,
} from '../graphql/AttentionChallenges.query';
import classes from './Facilitation.module.css';

export interface AttentionListProps {
  /** The challenges of the open reports loaded (one entry per report); null while they load. */
  reported: ReportedChallenge[] | null;
}

/**
 * The open challenges that need a facilitator: many ideas and no shortlist, open reports, a
 * deadline near or passed, each with why and a link to it.
 */
export function AttentionList({ reported }: AttentionListProps) {
  const { t } = useTranslation();
  const [now] = useState(Date.now);
  const { data, error, refetch } = useQuery(AttentionChallengesQuery, {
    variables: { first: ATTENTION_SCAN },
    fetchPolicy: 'cache-and-network',
  });
  const scanned = data
    ? [...data.mostIdeas.edges, ...data.closingSoon.edges].map(({ node }) => {
        const challenge = getFragmentData(AttentionChallengeFragment, node);
        return {
          id: challenge.id,
          title: challenge.title,
          projectName: challenge.project.name,
          ideaCount: challenge.ideaCount,
          closesAt: challenge.closesAt ?? null,
          shortlisted: challenge.shortlist.totalCount,
        };
      })
    : null;
  // Once both are known, so that the list does not reorder itself as the reports arrive.
  const items = scanned && reported ? needsAttention(scanned, reported, now) : null;

  let body;
  if (error && !data) {
    body = (
      <LoadFailed
        titleOrder={2}
        title={t('facilitation.attention.error')}
        body={t('form.errors.network')}
        retryLabel={t('facilitation.attention.retry')}
        onRetry={() => void refetch().catch(() => undefined)}
      />
    );
  } else if (!items) {
    body = (
      <Text c="ink.7" role="status" aria-busy="true">
        {t('facilitation.attention.loading')}
      </Text>
    );
  } else if (items.length === 0) {
    body = (
      <StateMessage icon={<IconChecks size={36} />} title={t('facilitation.attention.empty.title')}>
        {t('facilitation.attention.empty.body')}
      </StateMessage>
    );
  } else {
    body = (
      <ul className={classes.attention} aria-label={t('facilitation.attention.list')}>
        {items.map((item) => (
          <li key={item.id}>
            <AttentionCard item={item} />
          </li>
        ))}
      </ul>
    );
  }

  return (
    <section aria-labelledby="facilitation-attention" className={classes.section}>
      <div>
        <Title order={2} id="facilitation-attention" className={classes.heading}>
          <IconAlertCircle size={26} aria-hidden="true" />
          {t('facilitation.attention.title')}
        </Title>
        <Text c="ink.7">{t('facilitation.attention.intro', { days: SOON_DAYS })}</Text>
      </div>
      {body}
    </section>
  );
}

function AttentionCard({ item }: { item: AttentionItem }) {
  const { t } = useTranslation();
  return (
    <Paper radius="md" p="md" withBorder className={classes.card}>
      <Stack gap={6}>
        <Anchor component={Link} to={`/challenges/${item.id}`} fw={800} className={classes.cardTitle}>
          {item.title}
        </Anchor>
        {(item.projectName || item.ideaCount !== null) && (
          <Text size="sm" c="ink.7">
            {[
              item.projectName,
              item.ideaCount !== null ? t('facilitation.attention.ideas', { count: item.ideaCount }) : null,
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
        )}
        <Group gap="xs">
          {item.reports > 0 && (
            <Badge
              size="lg"
              color="red.9"
              variant="filled"
              leftSection={<IconFlag size={14} aria-hidden="true" />}
            >
              {t('facilitation.attention.reports', { count: item.reports })}
            </Badge>
          )}
          {item.closing && item.closesAt && (
            <Badge
              size="lg"
              color="ink.9"
              variant={item.closing === 'passed' ? 'filled' : 'outline'}
              leftSection={<IconCalendarEvent size={14} aria-hidden="true" />}
              className={classes.wrapBadge}
            >
              {item.closing === 'passed'
                ? t('facilitation.attention.closedOn', { date: new Date(item.closesAt) })
                : t('facilitation.attention.closesOn', { date: new Date(item.closesAt) })}
            </Badge>
          )}
          {item.unsorted && item.ideaCount !== null && (
            <Badge
              size="lg"
              color="sun"
              variant="filled"
              leftSection={<IconListCheck size={14} aria-hidden="true" />}
              className={classes.wrapBadge}
            >
              {t('facilitation.attention.manyIdeas', { count: item.ideaCount })}
            </Badge>
          )}
        </Group>
        <Group gap="md">
          <Anchor component={Link} to={`/challenges/${item.id}/shortlist`} size="sm" fw={700}>
            {t('facilitation.attention.shortlist')}
          </Anchor>
        </Group>
      </Stack>
    </Paper>
  );
}
