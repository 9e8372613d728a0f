import { ActivityKind, IdeaOrder, IdeaStatus } from '@ouimake/domain';
import { createCache } from '../../shared/apolloCache';
import type { ChallengeActivitySubscription } from '../../gql/graphql';
import { pageChallenge, pageRound, type PageChallenge } from '../../test/challengeFactories';
import { challengeIdeasMock, threadComment, wallIdea, type WallIdea } from '../../test/ideaFactories';
import { challengeEvent, commentEvent, ideaEvent, presenceEvent } from '../../test/liveFeed';
import { ChallengePageQuery } from '../challenges/graphql/ChallengePage.query';
import { ChallengeIdeasQuery, IDEAS_PAGE_SIZE } from '../ideas/graphql/ChallengeIdeas.query';
import { COMMENTS_PAGE_SIZE, IdeaPageQuery } from '../ideas/graphql/IdeaPage.query';
import { ProposeIdeaMutation } from '../ideas/graphql/ProposeIdea.mutation';
import { PresenceIndicatorFragment } from './graphql/PresenceIndicator.fragment';
import { addIdeaToChallenge } from '../ideas/cacheUpdates';
import { type Activity, applyActivity } from './applyActivity';
import { BrainstormPhase } from '@ouimake/domain';

type Event = Partial<Activity> & Pick<Activity, 'kind' | 'challengeId'>;

function activity(event: Event): ChallengeActivitySubscription['challengeActivity'] {
  return {
    __typename: 'ChallengeActivity',
    at: '2026-05-01T10:00:00.000Z',
    presentCount: null,
    catchUp: false,
    ideaId: null,
    commentId: null,
    idea: null,
    comment: null,
    challenge: null,
    ...event,
  };
}

/** A cache holding a challenge's page and its wall (most voted and newest), as the page loads them. */
function loadedPage(challenge: PageChallenge, ideas: WallIdea[]) {
  const cache = createCache();
  cache.writeQuery({
    query: ChallengePageQuery,
    variables: { id: challenge.id },
    data: { __typename: 'Query', challenge } as never,
  });
  for (const orderBy of [IdeaOrder.TOP, IdeaOrder.NEWEST]) {
    const mock = challengeIdeasMock({ id: challenge.id }, ideas, { orderBy });
    cache.writeQuery({
      query: ChallengeIdeasQuery,
      variables: { id: challenge.id, first: IDEAS_PAGE_SIZE, orderBy },
      data: (mock.result as jest.Mock)().data,
    });
  }
  const wall = (orderBy: IdeaOrder) =>
    cache.readQuery({
      query: ChallengeIdeasQuery,
      variables: { id: challenge.id, first: IDEAS_PAGE_SIZE, orderBy },
    })?.challenge?.ideas;
  const page = () =>
    cache.readQuery({ query: ChallengePageQuery, variables: { id: challenge.id } })?.challenge as
      | (PageChallenge & Record<string, unknown>)
      | undefined;
  return { cache, wall, page };
}

describe('a live event, in the cache', () => {
  it('puts a new idea first on every list, once, with the count the API gives', () => {
    const challenge = pageChallenge({ ideaCount: 1 });
    const first = wallIdea({ title: 'La première' });
    const { cache, wall, page } = loadedPage(challenge, [first]);
    const idea = wallIdea({
      title: 'Un goûter',
      author: { __typename: 'User', id: 'user-malo', displayName: 'Malo' },
    });
    const event = activity(ideaEvent(ActivityKind.IDEA_PROPOSED, challenge.id, idea, { ideaCount: 2 }));

    const outcome = applyActivity(cache, event);
    applyActivity(cache, event);

    expect(outcome.newIdea).toEqual({ id: idea.id, title: 'Un goûter', authorId: 'user-malo' });
    for (const order of [IdeaOrder.TOP, IdeaOrder.NEWEST]) {
      expect(wall(order)?.edges.map((edge) => edge.node.id)).toEqual([idea.id, first.id]);
      expect(wall(order)?.totalCount).toBe(2);
    }
    expect(page()?.ideaCount).toBe(2);
  });

  it('does not count an idea twice when the proposer’s own answer comes after the event', () => {
    const challenge = pageChallenge({ ideaCount: 4 });
    const { cache, wall, page } = loadedPage(challenge, []);
    const idea = wallIdea({ title: 'Un planning' });

    applyActivity(
      cache,
      activity(ideaEvent(ActivityKind.IDEA_PROPOSED, challenge.id, idea, { ideaCount: 5 })),
    );
    // The proposer's mutation result arrives second.
    cache.writeQuery({
      query: ProposeIdeaMutation,
      variables: { input: { challengeId: challenge.id, title: idea.title, body: idea.body } },
      data: {
        __typename: 'Mutation',
        proposeIdea: { ...idea, challenge: { __typename: 'Challenge', id: challenge.id, ideaCount: 5 } },
      } as never,
      id: 'ROOT_MUTATION',
    });
    addIdeaToChallenge(cache, challenge.id, idea);

    expect(wall(IdeaOrder.NEWEST)?.edges).toHaveLength(1);
    expect(wall(IdeaOrder.NEWEST)?.totalCount).toBe(1);
    expect(page()?.ideaCount).toBe(5);
  });

  it('moves an idea’s votes, and keeps the viewer’s own vote as the API computed it for them', () => {
    const challenge = pageChallenge();
    const idea = wallIdea({ voteCount: 2, viewerHasVoted: true });
    const { cache, wall } = loadedPage(challenge, [idea]);

    applyActivity(
      cache,
      activity(
        ideaEvent(ActivityKind.VOTES_CHANGED, challenge.id, { ...idea, voteCount: 3, viewerHasVoted: true }),
      ),
    );

    const node = wall(IdeaOrder.TOP)?.edges[0].node as unknown as WallIdea;
    expect(node.voteCount).toBe(3);
    expect(node.viewerHasVoted).toBe(true);
  });

  it('takes a merged idea off the wall, keeps it for its page, and gives the target its new count', () => {
    const challenge = pageChallenge({ ideaCount: 3 });
    const source = wallIdea({ title: 'Un doublon', voteCount: 2 });
    const target = wallIdea({ title: 'L’idée gardée', voteCount: 4 });
    const other = wallIdea({ title: 'Une autre' });
    const { cache, wall, page } = loadedPage(challenge, [target, source, other]);

    const merged = applyActivity(
      cache,
      activity(
        ideaEvent(
          ActivityKind.IDEA_UPDATED,
          challenge.id,
          {
            ...source,
            status: IdeaStatus.MERGED,
            voteCount: 0,
            mergedInto: { __typename: 'Idea', id: target.id, title: target.title },
          },
          { ideaCount: 2 },
        ),
      ),
    );
    applyActivity(
      cache,
      activity(
        ideaEvent(ActivityKind.VOTES_CHANGED, challenge.id, { ...target, voteCount: 5 }, { ideaCount: 2 }),
      ),
    );

    for (const order of [IdeaOrder.TOP, IdeaOrder.NEWEST]) {
      expect(wall(order)?.edges.map((edge) => edge.node.id)).toEqual([target.id, other.id]);
      expect(wall(order)?.totalCount).toBe(2);
    }
    expect((wall(IdeaOrder.TOP)?.edges[0].node as unknown as WallIdea).voteCount).toBe(5);
    expect(page()?.ideaCount).toBe(2);
    // Its own page still finds it, merged, pointing to the target.
    expect((cache.extract() as Record<string, { status?: string }>)[`Idea:${source.id}`]?.status).toBe(
      IdeaStatus.MERGED,
    );
    expect(merged.refetchShortlist).toBe(true);
  });

  it('asks for the shortlist again when an idea is shortlisted, selected or hidden, not for a vote', () => {
    const challenge = pageChallenge();
    const idea = wallIdea({ voteCount: 1 });
    const { cache } = loadedPage(challenge, [idea]);
    const event = (changes: Partial<WallIdea>, kind = ActivityKind.IDEA_UPDATED as const) =>
      applyActivity(cache, activity(ideaEvent(kind, challenge.id, { ...idea, ...changes })));

    expect(event({ voteCount: 2 }).refetchShortlist).toBe(false);
    expect(event({ voteCount: 2, status: IdeaStatus.SHORTLISTED }).refetchShortlist).toBe(true);
    expect(event({ voteCount: 2, status: IdeaStatus.SHORTLISTED }).refetchShortlist).toBe(false);
    expect(event({ voteCount: 2, status: IdeaStatus.SELECTED }).refetchShortlist).toBe(true);
    expect(
      event({ voteCount: 2, status: IdeaStatus.SELECTED, hidden: true, hiddenReason: 'Spam.' })
        .refetchShortlist,
    ).toBe(true);
  });

  it('counts the people present', () => {
    const challenge = pageChallenge();
    const { cache, page } = loadedPage(challenge, []);

    applyActivity(cache, activity(presenceEvent(challenge.id, 7)));

    // Read on its own by the indicator (the page is not drawn again for it), written even where no
    // query had read it.
    const present = () =>
      cache.readFragment({
        fragment: PresenceIndicatorFragment,
        fragmentName: 'PresenceIndicator_challenge',
        id: cache.identify({ __typename: 'Challenge', id: challenge.id }),
      })?.presentCount;
    expect(present()).toBe(7);
    expect(page()?.presentCount).toBeUndefined();
  });

  it('shows a round starting and ending, and a challenge edited', () => {
    const challenge = pageChallenge();
    const { cache, page } = loadedPage(challenge, []);
    const round = pageRound(BrainstormPhase.VOTING, 10);

    applyActivity(
      cache,
      activity(challengeEvent(ActivityKind.SESSION_CHANGED, { ...challenge, session: round })),
    );
    expect((page()?.session as { phase: string } | null)?.phase).toBe(BrainstormPhase.VOTING);

    applyActivity(
      cache,
      activity(
        challengeEvent(ActivityKind.CHALLENGE_UPDATED, {
          ...challenge,
          title: 'Un autre titre',
          session: null,
        }),
      ),
    );
    expect(page()?.session).toBeNull();
    expect(page()?.title).toBe('Un autre titre');
  });

  it('asks for the ideas again when one was withdrawn (the event cannot say which)', () => {
    const challenge = pageChallenge({ ideaCount: 3 });
    const { cache } = loadedPage(challenge, []);

    const edited = applyActivity(
      cache,
      activity(challengeEvent(ActivityKind.CHALLENGE_UPDATED, { ...challenge, title: 'Nouveau titre' })),
    );
    const withdrawn = applyActivity(
      cache,
      activity(challengeEvent(ActivityKind.CHALLENGE_UPDATED, { ...challenge, ideaCount: 2 })),
    );

    expect(edited.refetchIdeas).toBe(false);
    expect(withdrawn.refetchIdeas).toBe(true);
  });

  it('adds a comment to its idea’s thread once, and asks for the thread when one was deleted', () => {
    const challenge = pageChallenge();
    const idea = { ...wallIdea({ commentCount: 1 }), updatedAt: '2026-03-02T10:00:00.000Z' };
    const first = threadComment();
    const cache = createCache();
    cache.writeQuery({
      query: IdeaPageQuery,
      variables: { id: idea.id, first: COMMENTS_PAGE_SIZE },
      data: {
        __typename: 'Query',
        idea: {
          ...idea,
          mergedInto: null,
          timeline: [
            {
              __typename: 'IdeaTimelineEntry',
              kind: 'PROPOSED',
              at: idea.createdAt,
              outcome: null,
              mergedInto: null,
              event: null,
            },
          ],
          challenge: {
            __typename: 'Challenge',
            id: challenge.id,
            title: challenge.title,
            status: challenge.status,
            blindVoting: false,
            voteBudget: null,
            viewerVotesLeft: null,
            viewerCanCurate: false,
            session: null,
          },
          comments: {
            __typename: 'CommentConnection',
            totalCount: 1,
            edges: [{ __typename: 'CommentEdge', cursor: 'c1', node: first }],
            pageInfo: { __typename: 'PageInfo', endCursor: 'c1', hasNextPage: false },
          },
        },
      } as never,
    });
    const thread = () =>
      cache.readQuery({ query: IdeaPageQuery, variables: { id: idea.id, first: COMMENTS_PAGE_SIZE } })
        ?.idea as { commentCount: number; comments: { edges: Array<{ node: { id: string } }> } } | undefined;
    const reply = threadComment({ body: 'Bonne idée' });

    applyActivity(cache, activity(commentEvent(challenge.id, idea.id, reply, 2)));
    applyActivity(cache, activity(commentEvent(challenge.id, idea.id, reply, 2)));

    expect(thread()?.comments.edges.map((edge) => edge.node.id)).toEqual([first.id, reply.id]);
    expect(thread()?.commentCount).toBe(2);

    const deleted = applyActivity(
      cache,
      activity(ideaEvent(ActivityKind.IDEA_UPDATED, challenge.id, { ...idea, commentCount: 1 })),
    );
    expect(deleted.refetchIdeaThread).toBe(idea.id);
  });
});
