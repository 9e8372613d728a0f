import { skipToken, useApolloClient, useSubscription } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProjectorPageQuery } from '../../brainstorm/graphql/ProjectorPage.query';
import { ChallengePageQuery } from '../../challenges/graphql/ChallengePage.query';
import { ShortlistQuery } from '../../curation/graphql/Shortlist.query';
import { ChallengeIdeasQuery } from '../../ideas/graphql/ChallengeIdeas.query';
import { IdeaPageQuery } from '../../ideas/graphql/IdeaPage.query';
import { liveEventApplied, refetchLive } from '../../../shared/liveRefetch';
import { applyActivity } from '../applyActivity';
import { ChallengeActivitySubscription } from '../graphql/ChallengeActivity.subscription';
import { serverClock } from '../serverClock';

/** New ideas arriving within this time are announced together ("3 new ideas"). */
export const ANNOUNCE_BATCH_MS = 1500;
/**
 * What a page shows of a challenge and may have missed while its subscription was being set up:
 * refetched (those on screen only) when the subscription's first event says it is in place.
 */
const CAUGHT_UP = [
  ChallengePageQuery,
  ProjectorPageQuery,
  ChallengeIdeasQuery,
  ShortlistQuery,
  IdeaPageQuery,
];
/** After a refusal (not an outage: the socket retries those by itself), wait this long, then more. */
const RESUBSCRIBE_MS = [5_000, 15_000, 60_000];

export interface ChallengeActivityOptions {
  /** Who is watching: their own new ideas are not announced to them (their form says so). */
  viewerId: string | null;
}

/**
 * Keeps a challenge's page live while it is open: every event updates the cache (ideas, votes,
 * comments, statuses, the challenge, its round, presence), and the page watching is counted as present.
 * Returns what to say politely to screen readers: the ideas others proposed, a few at a time
 * (not every vote).
 */
export function useChallengeActivity(
  challengeId: string | null,
  { viewerId }: ChallengeActivityOptions,
): { announcement: string } {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [announcement, setAnnouncement] = useState('');
  const arrived = useRef<string[]>([]);
  const batch = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const retry = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const failures = useRef(0);
  const viewer = useRef(viewerId);
  viewer.current = viewerId;
  const restartRef = useRef<() => void>(() => undefined);

  const { restart } = useSubscription(
    ChallengeActivitySubscription,
    challengeId
      ? {
          variables: { challengeId },
          // Written to the cache by applyActivity, which needs to see what was there before.
          fetchPolicy: 'no-cache',
          ignoreResults: true,
          onData: ({ data }) => {
            const activity = data.data?.challengeActivity;
            if (!activity) return;
            failures.current = 0;
            const outcome = applyActivity(client.cache, activity);
            liveEventApplied();
            serverClock.observe(activity.at);
            if (activity.catchUp) {
              // The subscription is in place: whatever happened between the page's queries and now
              // shows. One query per task, after this event is drawn: on a phone, the event and the
              // refetches together held its main thread some 50 ms.
              for (const query of CAUGHT_UP) setTimeout(() => void refetchLive(client, [query]), 0);
            }
            if (outcome.refetchIdeas) void refetchLive(client, [ChallengeIdeasQuery]);
            if (outcome.refetchShortlist) void refetchLive(client, [ShortlistQuery]);
            if (outcome.refetchIdeaThread) void refetchLive(client, [IdeaPageQuery]);
            if (outcome.newIdea && outcome.newIdea.authorId !== viewer.current) {
              arrived.current.push(outcome.newIdea.title);
              if (batch.current === undefined) {
                batch.current = setTimeout(() => {
                  batch.current = undefined;
                  const titles = arrived.current.splice(0);
                  setAnnouncement(
                    titles.length === 1
                      ? t('live.newIdea', { title: titles[0] })
                      : t('live.newIdeas', { count: titles.length }),
                  );
                }, ANNOUNCE_BATCH_MS);
              }
            }
          },
          // A refusal (the challenge became a draft, too many subscriptions): try again later, less
          // and less often. The page itself keeps working without live updates meanwhile.
          onError: () => {
            const wait = RESUBSCRIBE_MS[Math.min(failures.current, RESUBSCRIBE_MS.length - 1)];
            failures.current += 1;
            clearTimeout(retry.current);
            retry.current = setTimeout(() => restartRef.current(), wait);
          },
        }
      : skipToken,
  );
  restartRef.current = restart;

  useEffect(
    () => () => {
      clearTimeout(batch.current);
      clearTimeout(retry.current);
    },
    [],
  );

  return { announcement };
}
