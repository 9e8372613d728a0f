import { ChallengeStatus } from '@ouimake/domain';
import { Badge, Group, Paper, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconBulb, IconCalendarEvent, IconMapPin, IconUsersGroup } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type FragmentType, getFragmentData } from '../../../gql';
import { useTypography } from '../../../shared/useTypography';
import { ChallengeCardFragment } from '../graphql/ChallengeCard.fragment';
import classes from './ChallengeCard.module.css';
import { ChallengeStatusBadge } from './ChallengeStatusBadge';

export interface ChallengeCardProps {
  challenge: FragmentType<typeof ChallengeCardFragment>;
  /** 2 on the board; 3 under a section's own heading (a project's page). */
  headingOrder?: 2 | 3;
}

/**
 * A challenge pinned on the board: its question, who asks it, where, and how far it has come. The
 * whole card leads to the challenge's page.
 */
export function ChallengeCard({ headingOrder = 2, ...props }: ChallengeCardProps) {
  const challenge = getFragmentData(ChallengeCardFragment, props.challenge);
  const { t } = useTranslation();
  const typeset = useTypography();
  const titleId = useId();
  const [now] = useState(Date.now);
  const city = challenge.city ?? challenge.project.city;
  const closesAt = challenge.closesAt ? new Date(challenge.closesAt) : null;
  const closed =
    challenge.status === ChallengeStatus.CLOSED || (closesAt !== null && closesAt.getTime() <= now);

  return (
    <Paper
      component="article"
      aria-labelledby={titleId}
      className={classes.card}
      data-status={challenge.status}
      p={{ base: 'md', sm: 'lg' }}
      radius="lg"
      shadow="sm"
    >
      <Group justify="space-between" gap="xs" className={classes.top}>
        <ChallengeStatusBadge status={challenge.status} />
        {closesAt && (
          <Text size="sm" c="ink.6" className={classes.meta}>
            <IconCalendarEvent size={18} stroke={1.8} aria-hidden="true" />
            <time dateTime={challenge.closesAt ?? undefined}>
              {t(closed ? 'challenge.closedOn' : 'challenge.closesOn', { date: closesAt })}
            </time>
          </Text>
        )}
      </Group>

      <Title order={headingOrder} id={titleId} className={classes.title}>
        {/* The whole card takes the click (see .link); the link's name is the title alone. */}
        <Link to={`/challenges/${challenge.id}`} className={classes.link}>
          {typeset(challenge.title)}
        </Link>
      </Title>

      <div className={classes.facts}>
        <Text fw={700} className={classes.meta}>
          <IconUsersGroup size={20} stroke={1.8} aria-hidden="true" />
          <span>
            <VisuallyHidden>{t('challenge.project')} </VisuallyHidden>
            {challenge.project.name}
          </span>
        </Text>
        {city && (
          <Text c="ink.7" className={classes.meta}>
            <IconMapPin size={20} stroke={1.8} aria-hidden="true" />
            <span>
              <VisuallyHidden>{t('challenge.city')} </VisuallyHidden>
              {city}
            </span>
          </Text>
        )}
      </div>

      {challenge.themes.length > 0 && (
        <ul className={classes.themes} aria-label={t('challenge.themes')}>
          {challenge.themes.map((theme) => (
            <li key={theme.slug}>
              <Badge variant="default" size="lg" className={classes.theme}>
                {theme.label}
              </Badge>
            </li>
          ))}
        </ul>
      )}

      <Text fw={800} className={`${classes.meta} ${classes.footer}`}>
        <IconBulb size={22} stroke={1.8} aria-hidden="true" />
        {t('challenge.ideas', { count: challenge.ideaCount })}
      </Text>
    </Paper>
  );
}
