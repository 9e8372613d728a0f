import { useMutation } from '@apollo/client/react';
import { BrainstormPhase, ErrorCode } from '@ouimake/domain';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findApiError } from '../../../shared/apiErrors';
import { serverClock } from '../../live/serverClock';
import { StartBrainstormMutation, StopBrainstormMutation } from '../graphql/Brainstorm.mutation';
import { otherPhase, remainingMs, ROUND_MINUTES_MAX, ROUND_PRESETS, type RoundTiming } from '../roundRules';

/** How long a projector's round lasts when started by a key: the middle preset. */
export const SHORTCUT_ROUND_MINUTES = ROUND_PRESETS[1];

/** What a key just did, shown on the screen for a few seconds. */
export interface ShortcutFeedback {
  id: number;
  text: string;
  tone: 'done' | 'info' | 'refused';
}

export type RoundAction = 'ideation' | 'voting' | 'switch' | 'stop' | 'extend';

/** The key of each action (case ignored); `+` extends too. */
export const ROUND_KEYS: Record<RoundAction, string> = {
  ideation: 'I',
  voting: 'V',
  switch: 'S',
  stop: 'X',
  extend: 'E',
};

/** A key typed into a field or with a modifier is not a shortcut. */
export function isShortcutEvent(event: KeyboardEvent): boolean {
  if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return false;
  const target = event.target;
  if (!(target instanceof HTMLElement)) return true;
  return !target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]');
}

/** The round action a key asks for, if any. */
export function roundActionOf(key: string): RoundAction | null {
  if (key === '+') return 'extend';
  const upper = key.toUpperCase();
  const found = (Object.keys(ROUND_KEYS) as RoundAction[]).find((action) => ROUND_KEYS[action] === upper);
  return found ?? null;
}

/**
 * A curator's round controls on the projector, by key: start an ideas or a voting round, switch to
 * the other, stop, extend by a minute (the API has no extension: the same phase starts again for
 * the minutes left plus one). Each key says what it did, or why nothing happened.
 */
export function useRoundShortcuts(challengeId: string, round: RoundTiming | null, running: boolean) {
  const { t } = useTranslation();
  const [start] = useMutation(StartBrainstormMutation);
  const [stop] = useMutation(StopBrainstormMutation);
  const [feedback, setFeedback] = useState<ShortcutFeedback | null>(null);
  const busy = useRef(false);
  const serial = useRef(0);

  const say = useCallback((text: string, tone: ShortcutFeedback['tone']) => {
    serial.current += 1;
    setFeedback({ id: serial.current, text, tone });
  }, []);

  useEffect(() => {
    if (!feedback) return undefined;
    const timer = setTimeout(() => setFeedback(null), feedback.tone === 'refused' ? 8000 : 5000);
    return () => clearTimeout(timer);
  }, [feedback]);

  const refused = useCallback(
    (error: unknown) => {
      const reason = findApiError(error, ErrorCode.CHALLENGE_NOT_OPEN)
        ? t('room.projector.feedback.challengeNotOpen')
        : t('room.projector.feedback.generic');
      say(t('room.projector.feedback.failed', { reason }), 'refused');
    },
    [say, t],
  );

  const startRound = useCallback(
    async (phase: BrainstormPhase, minutes: number): Promise<boolean> => {
      try {
        await start({
          variables: { challengeId, phase, minutes },
          update: (cache, { data }) => {
            const started = data?.startBrainstorm;
            const id = cache.identify({ __typename: 'Challenge', id: challengeId });
            if (!started || !id) return;
            cache.modify({ id, fields: { session: (_, { toReference }) => toReference(started) } });
          },
        });
        return true;
      } catch (error) {
        refused(error);
        return false;
      }
    },
    [challengeId, refused, start],
  );

  const run = useCallback(
    async (action: RoundAction) => {
      if (busy.current) {
        say(t('room.projector.feedback.working'), 'info');
        return;
      }
      const current = running ? round : null;
      busy.current = true;
      try {
        if (action === 'ideation' || action === 'voting' || action === 'switch') {
          if (action === 'switch' && !current) {
            say(t('room.projector.feedback.noSwitch'), 'info');
            return;
          }
          const phase =
            action === 'switch' && current
              ? otherPhase(current.phase)
              : action === 'ideation'
                ? BrainstormPhase.IDEATION
                : BrainstormPhase.VOTING;
          say(t('room.projector.feedback.working'), 'info');
          if (await startRound(phase, SHORTCUT_ROUND_MINUTES)) {
            say(
              t('room.projector.feedback.started', {
                phase: t(`brainstorm.phase.${phase}`),
                minutes: SHORTCUT_ROUND_MINUTES,
              }),
              'done',
            );
          }
        } else if (action === 'extend') {
          if (!current) {
            say(t('room.projector.feedback.nothingToExtend'), 'info');
            return;
          }
          const left = Math.max(1, Math.round(remainingMs(current, serverClock.now()) / 60_000));
          const minutes = Math.min(ROUND_MINUTES_MAX, left + 1);
          say(t('room.projector.feedback.working'), 'info');
          if (await startRound(current.phase, minutes)) {
            say(t('room.projector.feedback.extended', { minutes }), 'done');
          }
        } else {
          if (!current) {
            say(t('room.projector.feedback.nothingToStop'), 'info');
            return;
          }
          say(t('room.projector.feedback.working'), 'info');
          try {
            await stop({ variables: { challengeId } });
            say(t('room.projector.feedback.stopped'), 'done');
          } catch (error) {
            refused(error);
          }
        }
      } finally {
        busy.current = false;
      }
    },
    [challengeId, refused, round, running, say, startRound, stop, t],
  );

  return { run, feedback, say };
}
