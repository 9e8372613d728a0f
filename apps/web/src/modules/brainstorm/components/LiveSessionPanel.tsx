import { useMutation } from '@apollo/client/react';
import { Alert, Button, Text, Title } from '@mantine/core';
import { BrainstormPhase, ChallengeStatus } from '@ouimake/domain';
import {
  IconAlertTriangle,
  IconArrowsExchange,
  IconBroadcast,
  IconPlayerPlay,
  IconPlayerStop,
  IconPresentation,
} from '@tabler/icons-react';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { actionRefusal } from '../../../app/formRefusal';
import { Message, type MessageRef } from '../../../app/Message';
import { type FragmentType, getFragmentData } from '../../../gql';
import { LiveRegion } from '../../../ui/LiveRegion';
import { StopBrainstormMutation } from '../graphql/Brainstorm.mutation';
import { SessionBannerFragment } from '../graphql/SessionBanner.fragment';
import { useActivePhase } from '../hooks/useActivePhase';
import { serverClock } from '../../live/serverClock';
import { minutesLeft, otherPhase, remainingMs } from '../sessionRules';
import classes from './LiveSessionPanel.module.css';
import { SessionCountdown } from './SessionCountdown';
import { StartRoundDialog } from './StartRoundDialog';

export interface LiveSessionPanelProps {
  challenge: FragmentType<typeof SessionBannerFragment>;
  /** "N people here". */
  presence: ReactNode;
}

/**
 * What is live on a challenge: who is here, the projector view, and the round in progress as a
 * banner with its phase and countdown (it ends by itself when the time is up). Curators start a
 * round, switch to the other phase, or stop it. Screen readers hear a round start and end.
 */
export function LiveSessionPanel({ challenge: fragment, presence }: LiveSessionPanelProps) {
  const challenge = getFragmentData(SessionBannerFragment, fragment);
  const { t } = useTranslation();
  const session = challenge.session ?? null;
  const phase = useActivePhase(session);
  const open = challenge.status === ChallengeStatus.OPEN;
  const curates = challenge.viewerCanCurate && open;
  const [dialog, setDialog] = useState<BrainstormPhase | null>(null);
  const [stop, stopping] = useMutation(StopBrainstormMutation);
  const [failure, setFailure] = useState<MessageRef | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const [news, setNews] = useState('');
  const told = useRef<{ sessionId: string | null; running: boolean } | null>(null);

  // Say a round starting and ending, but not the one already running when the page opened.
  const sessionId = session?.id ?? null;
  const running = phase !== null;
  useEffect(() => {
    const before = told.current;
    told.current = { sessionId, running };
    if (!before) return;
    if (running && session && (sessionId !== before.sessionId || !before.running)) {
      setNews(
        t('brainstorm.news.started', {
          phase: t(`brainstorm.phase.${session.phase}`),
          count: minutesLeft(remainingMs(session, serverClock.now())),
        }),
      );
    } else if (!running && before.running) {
      setNews(t('brainstorm.news.ended'));
    }
  }, [sessionId, running, session, t]);

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
      {session && phase ? (
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
            <SessionCountdown endsAt={session.endsAt} className={classes.countdown} />
            <Text className={classes.clockLabel} aria-hidden="true">
              {t('brainstorm.timer.caption')}
            </Text>
          </div>
          <div className={classes.footer}>
            {presence}
            <Text size="sm" className={classes.startedBy}>
              {t('brainstorm.startedBy', { name: session.startedBy.displayName })}
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
