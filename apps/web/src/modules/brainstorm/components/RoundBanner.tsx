import { useMutation } from '@apollo/client/react';
import { Alert, Button, Text, Title } from '@mantine/core';
import { BrainstormPhase, ChallengeStatus } from '@ouimake/domain';
import {
  IconAlertTriangle,
  IconArrowsExchange,
  IconBroadcast,
  IconPlayerPlay,
  IconPlayerStop,
  IconListCheck,
  IconPresentation,
} from '@tabler/icons-react';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { actionRefusal } from '../../../shared/formRefusal';
import { Message, type MessageRef } from '../../../shared/Message';
import { type FragmentType, getFragmentData } from '../../../gql';
import { LiveRegion } from '../../../ui/LiveRegion';
import { StopBrainstormMutation } from '../graphql/Brainstorm.mutation';
import { RoundBannerFragment } from '../graphql/RoundBanner.fragment';
import { useActivePhase } from '../hooks/useActivePhase';
import { serverClock } from '../../live/serverClock';
import { minutesLeft, otherPhase, remainingMs } from '../roundRules';
import classes from './RoundBanner.module.css';
import { RoundCountdown } from './RoundCountdown';
import { StartRoundDialog } from './StartRoundDialog';

export interface RoundBannerProps {
  challenge: FragmentType<typeof RoundBannerFragment>;
  /** "N people here". */
  presence: ReactNode;
}

/**
 * What is live on a challenge: who is here, the projector and shortlist views, and the round in progress as a
 * banner with its phase and countdown (it ends by itself when the time is up). Curators start a
 * round, switch to the other phase, or stop it. Screen readers hear a round start and end.
 */
export function RoundBanner({ challenge: fragment, presence }: RoundBannerProps) {
  const challenge = getFragmentData(RoundBannerFragment, fragment);
  const { t } = useTranslation();
  const round = challenge.session ?? null;
  const phase = useActivePhase(round);
  const open = challenge.status === ChallengeStatus.OPEN;
  const curates = challenge.viewerCanCurate && open;
  const [dialog, setDialog] = useState<BrainstormPhase | null>(null);
  const [stop, stopping] = useMutation(StopBrainstormMutation);
  const [failure, setFailure] = useState<MessageRef | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const [news, setNews] = useState('');
  const told = useRef<{ roundId: string | null; running: boolean } | null>(null);

  // Say a round starting and ending, but not the one already running when the page opened.
  const roundId = round?.id ?? null;
  const running = phase !== null;
  useEffect(() => {
    const before = told.current;
    told.current = { roundId, running };
    if (!before) return;
    if (running && round && (roundId !== before.roundId || !before.running)) {
      setNews(
        t('brainstorm.news.started', {
          phase: t(`brainstorm.phase.${round.phase}`),
          count: minutesLeft(remainingMs(round, serverClock.now())),
        }),
      );
    } else if (!running && before.running) {
      setNews(t('brainstorm.news.ended'));
    }
  }, [roundId, running, round, t]);

  const stopRound = async () => {
    if (stopping.loading) return;
    setFailure(null);
    try {
      await stop({ variables: { challengeId: challenge.id } });
    } catch (error) {
      setFailure(actionRefusal(error));
    }
  };

  const projector = (
    <>
      <Button
        component={Link}
        to={`/challenges/${challenge.id}/live`}
        variant="default"
        size="sm"
        leftSection={<IconPresentation size={18} aria-hidden="true" />}
        className={classes.projector}
      >
        {t('brainstorm.projector.open')}
      </Button>
      <Button
        component={Link}
        to={`/challenges/${challenge.id}/shortlist`}
        variant="default"
        size="sm"
        leftSection={<IconListCheck size={18} aria-hidden="true" />}
      >
        {t('shortlist.open')}
      </Button>
    </>
  );

  const failed = failure && (
    <Alert
      role="alert"
      color="red"
      variant="light"
      icon={<IconAlertTriangle aria-hidden="true" />}
      className={classes.failure}
    >
      <Message message={failure} />
    </Alert>
  );

  return (
    <>
      <LiveRegion message={news} />
      {round && phase ? (
        <section
          className={classes.banner}
          data-phase={phase}
          aria-labelledby="live-round-title"
          data-testid="round-banner"
        >
          <div className={classes.info}>
            <Text className={classes.kicker} fw={800}>
              <IconBroadcast size={18} aria-hidden="true" />
              {t('brainstorm.live')}
            </Text>
            <Title order={2} id="live-round-title" ref={heading} tabIndex={-1} className={classes.phase}>
              {t(`brainstorm.phase.${phase}`)}
            </Title>
            <Text className={classes.hint}>{t(`brainstorm.phaseHint.${phase}`)}</Text>
          </div>
          <div className={classes.clock}>
            <RoundCountdown endsAt={round.endsAt} className={classes.countdown} />
            <Text className={classes.clockLabel} aria-hidden="true">
              {t('brainstorm.timer.caption')}
            </Text>
          </div>
          <div className={classes.footer}>
            {presence}
            <Text size="sm" className={classes.startedBy}>
              {t('brainstorm.startedBy', { name: round.startedBy.displayName })}
            </Text>
            {projector}
          </div>
          {curates && (
            <div className={classes.controls}>
              <Button
                size="md"
                color="ink.9"
                leftSection={<IconArrowsExchange size={20} aria-hidden="true" />}
                onClick={() => setDialog(otherPhase(phase))}
              >
                {t(`brainstorm.switchTo.${otherPhase(phase)}`)}
              </Button>
              <Button
                size="md"
                variant="default"
                aria-disabled={stopping.loading || undefined}
                leftSection={<IconPlayerStop size={20} aria-hidden="true" />}
                onClick={() => void stopRound()}
              >
                {t('brainstorm.stop')}
              </Button>
            </div>
          )}
          {failed}
        </section>
      ) : (
        <div className={classes.bar} data-testid="live-bar">
          {presence}
          {projector}
          {curates && (
            <Button
              size="sm"
              variant="default"
              leftSection={<IconPlayerPlay size={18} aria-hidden="true" />}
              onClick={() => setDialog(BrainstormPhase.IDEATION)}
            >
              {t('brainstorm.start')}
            </Button>
          )}
          {failed}
        </div>
      )}
      {dialog && (
        <StartRoundDialog
          opened
          challengeId={challenge.id}
          phase={dialog}
          replacing={phase !== null}
          onClose={() => setDialog(null)}
          onStarted={() => {
            setDialog(null);
            setFailure(null);
            // The button used is gone: read on from the round's banner.
            setTimeout(() => heading.current?.focus(), 0);
          }}
        />
      )}
    </>
  );
}
