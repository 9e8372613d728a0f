import { useApolloClient, useMutation } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { ChallengeStatus } from '@ouimake/domain';
import {
  IconAlertTriangle,
  IconFlag,
  IconBulb,
  IconCalendarEvent,
  IconEdit,
  IconEyeOff,
  IconLock,
  IconLockOpen,
  IconMapPin,
  IconPencil,
  IconSend,
  IconUser,
  IconUsers,
  IconUsersGroup,
} from '@tabler/icons-react';
import { type ReactNode, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { actionRefusal } from '../../../shared/formRefusal';
import { Message, type MessageRef } from '../../../shared/Message';
import { type FragmentType, getFragmentData } from '../../../gql';
import { useTypography } from '../../../shared/useTypography';
import { Markdown } from '../../../ui/Markdown';
import { forgetChallengeLists } from '../cacheUpdates';
import { RoundBanner } from '../../brainstorm/components/RoundBanner';
import { RoundBannerFragment } from '../../brainstorm/graphql/RoundBanner.fragment';
import { useActivePhase } from '../../brainstorm/hooks/useActivePhase';
import { ChallengeResources } from '../../curation/components/ChallengeResources';
import { NextSteps } from '../../events/components/NextSteps';
import { VenuePresence } from '../../events/components/VenuePresence';
import { IdeaWall, PHONE_QUERY } from '../../ideas/components/IdeaWall';
import { PresenceIndicator } from '../../live/components/PresenceIndicator';
import { ChallengeViewFragment } from '../graphql/ChallengeView.fragment';
import type { FollowButtonFragment } from '../graphql/FollowButton.fragment';
import { useFollowChallenge } from '../hooks/useFollowChallenge';
import { PublishChallengeMutation, ReopenChallengeMutation } from '../graphql/ChallengeLifecycle.mutation';
import classes from './ChallengeView.module.css';
import { ChallengeStatusBadge } from './ChallengeStatusBadge';
import { CloseChallengeDialog } from './CloseChallengeDialog';
import { FollowButton, FollowStatus } from './FollowButton';
import { MuteChallengeToggle } from '../../notifications/components/MuteChallengeToggle';
import { useMaxWidth } from '../../../shared/useViewport';
import { numberFormat } from '../../../shared/intl';

export interface ChallengeViewProps {
  challenge: FragmentType<typeof ChallengeViewFragment>;
}

/**
 * A challenge's page: the question and who asks it, its context, what came of it once closed, how
 * votes work on it, what to read first (its resources), and where its ideas stand; with the actions the viewer may take (follow; edit
 * and publish for its project's holders; close and reopen for curators); what is live on it (who
 * is here, the round running, the projector view).
 */
export function ChallengeView(props: ChallengeViewProps) {
  const challenge = getFragmentData(ChallengeViewFragment, props.challenge);
  const { t } = useTranslation();
  const typeset = useTypography();
  const [now] = useState(Date.now);
  const closesAt = challenge.closesAt ? new Date(challenge.closesAt) : null;
  const deadlinePassed = closesAt !== null && closesAt.getTime() <= now;
  const city = challenge.city ?? challenge.project.city;
  const isDraft = challenge.status === ChallengeStatus.DRAFT;
  const isClosed = challenge.status === ChallengeStatus.CLOSED;
  const roundPhase = useActivePhase(getFragmentData(RoundBannerFragment, challenge).session);

  // On a phone the wall comes first, right under the round; the context and the rules follow it.
  const phone = useMaxWidth(PHONE_QUERY);
  const details = (
    <div className={classes.body}>
      <Paper
        component="section"
        aria-labelledby="challenge-context"
        radius="lg"
        p={{ base: 'lg', sm: 'xl' }}
        withBorder
        className={classes.context}
      >
        <Title order={2} id="challenge-context" mb="md">
          {t('challengePage.context')}
        </Title>
        <Markdown>{challenge.description}</Markdown>
      </Paper>
      <Stack gap="xl" className={classes.side}>
        <Paper
          component="aside"
          aria-labelledby="challenge-votes"
          radius="lg"
          p={{ base: 'lg', sm: 'xl' }}
          withBorder
          className={classes.rules}
        >
          <Title order={2} id="challenge-votes" size="h3" mb="md">
            {t('challengePage.votes.title')}
          </Title>
          <Stack gap="md">
            <Text>
              {challenge.voteBudget
                ? t('challengePage.votes.budget', { count: challenge.voteBudget })
                : t('challengePage.votes.noBudget')}
            </Text>
            <Text>
              {challenge.blindVoting ? t('challengePage.votes.blind') : t('challengePage.votes.open')}
            </Text>
          </Stack>
        </Paper>
        <ChallengeResources challenge={challenge} />
        <NextSteps challengeId={challenge.id} />
      </Stack>
    </div>
  );
  const wall = (
    <IdeaWall
      challengeId={challenge.id}
      blindVoting={challenge.blindVoting}
      status={challenge.status}
      voteBudget={challenge.voteBudget ?? null}
      roundPhase={roundPhase}
      canCurate={challenge.viewerCanCurate}
      summary={
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md" maw={640}>
          <Stat
            icon={<IconBulb size={26} />}
            value={challenge.ideaCount}
            label={t('challengePage.ideas.ideas', { count: challenge.ideaCount })}
          />
          <Stat
            icon={<IconUsers size={26} />}
            value={challenge.participantCount}
            label={t('challengePage.ideas.participants', { count: challenge.participantCount })}
          />
        </SimpleGrid>
      }
    />
  );

  return (
    <Stack gap="xl" component="article" aria-labelledby="challenge-title">
      {isDraft && (
        <Alert
          variant="light"
          color="sun"
          radius="lg"
          icon={<IconEyeOff aria-hidden="true" />}
          title={t('challengePage.draftBanner.title')}
          className={classes.draftBanner}
        >
          {t('challengePage.draftBanner.body')}
        </Alert>
      )}

      <Stack gap="md" component="header">
        <Group gap="sm">
          <ChallengeStatusBadge status={challenge.status} />
          {closesAt && (
            <Text c="ink.7" className={classes.meta}>
              <IconCalendarEvent size={20} stroke={1.8} aria-hidden="true" />
              <time dateTime={challenge.closesAt ?? undefined}>
                {isClosed
                  ? t('challengePage.closesAt.closed', { date: closesAt })
                  : deadlinePassed
                    ? t('challengePage.closesAt.passed', { date: closesAt })
                    : t('challengePage.closesAt.open', { date: closesAt })}
              </time>
            </Text>
          )}
        </Group>
        <Title order={1} id="challenge-title" className={classes.title}>
          {typeset(challenge.title)}
        </Title>
        <dl className={classes.facts}>
          <div className={classes.fact}>
            <dt>
              <IconUsersGroup size={20} stroke={1.8} aria-hidden="true" />
              <span className={classes.factLabel}>{t('challengePage.project')}</span>
            </dt>
            <dd>
              <Anchor component={Link} to={`/projects/${challenge.project.slug}`} fw={800}>
                {challenge.project.name}
              </Anchor>
            </dd>
          </div>
          {city && (
            <div className={classes.fact}>
              <dt>
                <IconMapPin size={20} stroke={1.8} aria-hidden="true" />
                <span className={classes.factLabel}>{t('challengePage.city')}</span>
              </dt>
              <dd>{city}</dd>
            </div>
          )}
          <div className={classes.fact}>
            <dt>
              <IconUser size={20} stroke={1.8} aria-hidden="true" />
              <span className={classes.factLabel}>{t('challengePage.postedBy')}</span>
            </dt>
            <dd>
              <Anchor component={Link} to={`/users/${challenge.author.id}`}>
                {challenge.author.displayName}
              </Anchor>
              {', '}
              <time dateTime={challenge.createdAt}>
                {t('challengePage.postedOn', { date: new Date(challenge.createdAt) })}
              </time>
            </dd>
          </div>
        </dl>
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
        <ChallengeActions
          challenge={{
            id: challenge.id,
            title: challenge.title,
            status: challenge.status,
            outcome: challenge.outcome ?? null,
            projectId: challenge.project.id,
            viewerIsHolder: challenge.project.viewerIsHolder,
            viewerCanCurate: challenge.viewerCanCurate,
          }}
          fragment={challenge}
        />
      </Stack>

      <RoundBanner
        challenge={challenge}
        presence={
          <>
            <PresenceIndicator challengeId={challenge.id} />
            <VenuePresence challengeId={challenge.id} />
          </>
        }
      />

      {isClosed && (
        <Paper
          component="section"
          aria-labelledby="challenge-outcome"
          className={classes.outcome}
          radius="lg"
          p="xl"
        >
          <Stack gap="sm">
            <Group gap="sm">
              <ThemeIcon size={40} radius="xl" color="ink.9" aria-hidden="true">
                <IconFlag size={22} />
              </ThemeIcon>
              <Title order={2} id="challenge-outcome" tabIndex={-1}>
                {t('challengePage.outcome.title')}
              </Title>
            </Group>
            {challenge.outcome ? (
              <Markdown>{challenge.outcome}</Markdown>
            ) : (
              <Text c="ink.7" fs="italic" size="lg">
                {t('challengePage.outcome.none')}
              </Text>
            )}
          </Stack>
        </Paper>
      )}

      {phone ? (
        <>
          {wall}
          {details}
        </>
      ) : (
        <>
          {details}
          {wall}
        </>
      )}
    </Stack>
  );
}

/** A count, big, with what it counts: read as one phrase ("5 ideas proposed"). */
function Stat({ icon, value, label }: { icon: ReactNode; value: number; label: string }) {
  const { i18n } = useTranslation();
  return (
    <Paper radius="lg" p="lg" className={classes.stat}>
      <Group gap="md" wrap="nowrap">
        <ThemeIcon size={52} radius="xl" color="sun" aria-hidden="true">
          {icon}
        </ThemeIcon>
        <Text fw={700} c="ink.8" className={classes.statLabel}>
          <span className={classes.statValue}>{numberFormat(i18n.language).format(value)}</span> {label}
        </Text>
      </Group>
    </Paper>
  );
}

interface ActionsChallenge {
  id: string;
  title: string;
  status: ChallengeStatus;
  outcome: string | null;
  projectId: string;
  viewerIsHolder: boolean;
  viewerCanCurate: boolean;
}

/** Follow for everyone; edit and publish for holders; close, reopen, rewrite the outcome for curators. */
function ChallengeActions({
  challenge,
  fragment,
}: {
  challenge: ActionsChallenge;
  fragment: FragmentType<typeof FollowButtonFragment>;
}) {
  const { t } = useTranslation();
  const follow = useFollowChallenge(fragment);
  const client = useApolloClient();
  const [publish, publishing] = useMutation(PublishChallengeMutation);
  const [reopen, reopening] = useMutation(ReopenChallengeMutation);
  const [dialog, setDialog] = useState<'close' | 'rewrite' | null>(null);
  const [failure, setFailure] = useState<MessageRef | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const status = useRef<HTMLParagraphElement>(null);
  const isDraft = challenge.status === ChallengeStatus.DRAFT;
  const isOpen = challenge.status === ChallengeStatus.OPEN;
  const isClosed = challenge.status === ChallengeStatus.CLOSED;

  const run = async (action: () => Promise<unknown>, success: string) => {
    setFailure(null);
    setDone(null);
    try {
      await action();
      forgetChallengeLists(client.cache, challenge.projectId);
      setDone(success);
      // The button used is gone (the challenge changed state): keep the focus near, on the news.
      setTimeout(() => status.current?.focus(), 0);
    } catch (error) {
      setFailure(actionRefusal(error));
    }
  };

  return (
    <Stack gap="sm">
      <Group gap="sm" align="flex-start" className={classes.actions}>
        <FollowButton follow={follow} />
        <MuteChallengeToggle challengeId={challenge.id} />
        {challenge.viewerIsHolder && !isClosed && (
          <Button
            component={Link}
            to={`/challenges/${challenge.id}/edit`}
            variant="default"
            size="md"
            leftSection={<IconEdit size={20} aria-hidden="true" />}
          >
            {t('challengePage.actions.edit')}
          </Button>
        )}
        {challenge.viewerIsHolder && isDraft && (
          <Button
            size="md"
            aria-disabled={publishing.loading || undefined}
            loading={false}
            leftSection={<IconSend size={20} aria-hidden="true" />}
            onClick={() => {
              if (!publishing.loading)
                void run(
                  () => publish({ variables: { id: challenge.id } }),
                  t('challengePage.actions.published'),
                );
            }}
          >
            {t('challengePage.actions.publish')}
          </Button>
        )}
        {challenge.viewerCanCurate && isOpen && (
          <Button
            size="md"
            variant="default"
            leftSection={<IconLock size={20} aria-hidden="true" />}
            onClick={() => setDialog('close')}
          >
            {t('challengePage.actions.close')}
          </Button>
        )}
        {challenge.viewerCanCurate && isClosed && (
          <>
            <Button
              size="md"
              variant="default"
              leftSection={<IconPencil size={20} aria-hidden="true" />}
              onClick={() => setDialog('rewrite')}
            >
              {t('challengePage.actions.rewriteOutcome')}
            </Button>
            <Button
              size="md"
              variant="default"
              aria-disabled={reopening.loading || undefined}
              leftSection={<IconLockOpen size={20} aria-hidden="true" />}
              onClick={() => {
                if (!reopening.loading)
                  void run(
                    () => reopen({ variables: { id: challenge.id } }),
                    t('challengePage.actions.reopened'),
                  );
              }}
            >
              {t('challengePage.actions.reopen')}
            </Button>
          </>
        )}
      </Group>
      <FollowStatus follow={follow} />
      {failure && (
        <Alert
          role="alert"
          color="red"
          variant="light"
          icon={<IconAlertTriangle aria-hidden="true" />}
          maw={640}
        >
          <Message message={failure} />
        </Alert>
      )}
      <Text ref={status} role="status" tabIndex={-1} fw={700} c="green.9" className={classes.done}>
        {done}
      </Text>
      {dialog && (
        <CloseChallengeDialog
          opened
          mode={dialog}
          challenge={challenge}
          onClose={() => setDialog(null)}
          onDone={() => {
            setDialog(null);
            setDone(
              dialog === 'close'
                ? t('challengePage.actions.closed')
                : t('challengePage.actions.outcomeSaved'),
            );
            // Read on from what came of it, now on the page.
            setTimeout(() => document.getElementById('challenge-outcome')?.focus(), 0);
          }}
        />
      )}
    </Stack>
  );
}
