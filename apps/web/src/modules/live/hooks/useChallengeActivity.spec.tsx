import { act, screen, waitFor, within } from '@testing-library/react';
import { ActivityKind, BrainstormPhase, Role } from '@ouimake/domain';
import { account, viewerMock } from '../../../test/accountFactories';
import { challengePageMock, pageChallenge, pageRound } from '../../../test/challengeFactories';
import { challengeIdeasMock, ideaPageMock, threadComment, wallIdea } from '../../../test/ideaFactories';
import {
  challengeEvent,
  commentEvent,
  createLiveFeed,
  ideaEvent,
  presenceEvent,
} from '../../../test/liveFeed';
import { renderBoardAt } from '../../../test/render';
import { ANNOUNCE_BATCH_MS } from './useChallengeActivity';
import { frenchTypography } from '../../../shared/frenchTypography';

const lena = account({ id: 'user-lena', displayName: 'Léna Cariou', role: Role.MEMBER });
const malo = { __typename: 'User' as const, id: 'user-malo', displayName: 'Malo Jaouen' };

const wall = () => screen.findByRole('list', { name: 'Idées proposées' });
/** The polite region that says what arrived (not the page's other live regions). */
const announced = () =>
  [...document.querySelectorAll('[aria-live="polite"]')].map((node) => node.textContent ?? '').join(' | ');

describe('a challenge page, live', () => {
  it('watches the challenge while it is open, and stops when it is left', async () => {
    const live = createLiveFeed();
    const challenge = pageChallenge();
    const { router } = renderBoardAt(`/challenges/${challenge.id}`, {
      live,
      mocks: [challengePageMock(challenge.id, challenge)],
    });

    await screen.findByRole('heading', { level: 1, name: frenchTypography(challenge.title) });
    await waitFor(() => expect(live.watching()).toEqual([challenge.id]));

    await act(() => router.navigate('/sign-in'));
    await waitFor(() => expect(live.watching()).toEqual([]));
  });

  it('shows an idea someone proposes, once, says so politely, and counts it', async () => {
    const live = createLiveFeed();
    const challenge = pageChallenge({ ideaCount: 1 });
    const first = wallIdea({ title: 'Des binômes', voteCount: 2 });
    renderBoardAt(`/challenges/${challenge.id}`, {
      live,
      token: 'token-lena',
      mocks: [
        viewerMock(lena),
        challengePageMock(challenge.id, challenge),
        challengeIdeasMock(challenge, [first]),
      ],
    });
    await within(await wall()).findByRole('heading', { name: 'Des binômes' });
    await waitFor(() => expect(live.watching()).toEqual([challenge.id]));

    const idea = wallIdea({ title: 'Un goûter mensuel', author: malo });
    act(() => live.push(ideaEvent(ActivityKind.IDEA_PROPOSED, challenge.id, idea, { ideaCount: 2 })));
    act(() => live.push(ideaEvent(ActivityKind.IDEA_PROPOSED, challenge.id, idea, { ideaCount: 2 })));

    const list = await wall();
    await within(list).findByRole('heading', { name: 'Un goûter mensuel' });
    // Most supported first: the newcomer, without votes yet, takes its place after the 2-vote idea.
    const cards = within(list).getAllByRole('article');
    expect(cards.map((card) => card.getAttribute('aria-labelledby'))).toEqual([
      `idea-${first.id}-title`,
      `idea-${idea.id}-title`,
    ]);
    expect(cards[1].closest('li')).toHaveAttribute('data-arrived', 'true');
    expect(cards[0].closest('li')).not.toHaveAttribute('data-arrived');
    expect(screen.getByRole('region', { name: 'Les idées' })).toHaveTextContent('2 idées proposées');
    await waitFor(() => expect(announced()).toContain('Nouvelle idée sur le mur\u202f: Un goûter mensuel'), {
      timeout: ANNOUNCE_BATCH_MS + 1000,
    });
  });

  it('reads the page again once its subscription is in place, so an idea proposed meanwhile shows', async () => {
    const live = createLiveFeed();
    const challenge = pageChallenge({ ideaCount: 1 });
    const first = wallIdea({ title: 'Des binômes' });
    const meanwhile = wallIdea({ title: 'Un goûter mensuel', author: malo });
    renderBoardAt(`/challenges/${challenge.id}`, {
      live,
      mocks: [
        challengePageMock(challenge.id, challenge),
        challengeIdeasMock(challenge, [first]),
        challengePageMock(challenge.id, { ...challenge, ideaCount: 2 }),
        challengeIdeasMock(challenge, [first, meanwhile]),
      ],
    });
    await within(await wall()).findByRole('heading', { name: 'Des binômes' });
    await waitFor(() => expect(live.watching()).toEqual([challenge.id]));
    // An ordinary event changes what it says, and reads nothing again.
    act(() => live.push(presenceEvent(challenge.id, 2)));
    await screen.findByText('2 personnes ici');
    expect(within(await wall()).queryByRole('heading', { name: 'Un goûter mensuel' })).toBeNull();

    // The server's first event: the subscription is in place, what happened before it is read again.
    act(() => live.push({ ...presenceEvent(challenge.id, 2), catchUp: true }));
    await within(await wall()).findByRole('heading', { name: 'Un goûter mensuel' });
    expect(screen.getByRole('region', { name: 'Les idées' })).toHaveTextContent('2 idées proposées');
  });

  it('announces several ideas together, and not the viewer’s own', async () => {
    const live = createLiveFeed();
    const challenge = pageChallenge();
    renderBoardAt(`/challenges/${challenge.id}`, {
      live,
      token: 'token-lena',
      mocks: [
        viewerMock(lena),
        challengePageMock(challenge.id, challenge),
        challengeIdeasMock(challenge, []),
      ],
    });
    await screen.findByText('Pas encore d’idée');
    await waitFor(() => expect(live.watching()).toHaveLength(1));
    await screen.findByRole('button', { name: /^Mon compte/ });

    const mine = wallIdea({
      title: 'La mienne',
      author: { __typename: 'User', id: lena.id, displayName: lena.displayName },
    });
    act(() => {
      live.push(ideaEvent(ActivityKind.IDEA_PROPOSED, challenge.id, mine, { ideaCount: 1 }));
      live.push(
        ideaEvent(ActivityKind.IDEA_PROPOSED, challenge.id, wallIdea({ author: malo }), { ideaCount: 2 }),
      );
      live.push(
        ideaEvent(ActivityKind.IDEA_PROPOSED, challenge.id, wallIdea({ author: malo }), { ideaCount: 3 }),
      );
    });

    await waitFor(() => expect(announced()).toContain('2 nouvelles idées sur le mur'), {
      timeout: ANNOUNCE_BATCH_MS + 1000,
    });
    expect(within(await wall()).getAllByRole('article')).toHaveLength(3);
  });

  it('moves vote counts and the number of people here as they change', async () => {
    const live = createLiveFeed();
    const challenge = pageChallenge({ presentCount: 1 });
    const idea = wallIdea({ title: 'Un planning partagé', voteCount: 1 });
    renderBoardAt(`/challenges/${challenge.id}`, {
      live,
      mocks: [challengePageMock(challenge.id, challenge), challengeIdeasMock(challenge, [idea])],
    });
    await within(await wall()).findByText('1 vote');
    await waitFor(() => expect(live.watching()).toHaveLength(1));

    act(() => {
      live.push(ideaEvent(ActivityKind.VOTES_CHANGED, challenge.id, { ...idea, voteCount: 4 }));
      live.push(presenceEvent(challenge.id, 5));
    });

    expect(await within(await wall()).findByText('4 votes')).toBeInTheDocument();
    expect(screen.getByTestId('presence')).toHaveTextContent('5 personnes ici');
    // Votes are not announced one by one.
    expect(announced()).not.toMatch(/vote/);
  });

  it('shows a round starting and stopping without a reload', async () => {
    const live = createLiveFeed();
    const challenge = pageChallenge();
    const idea = wallIdea({ title: 'Un repas', voteCount: 0 });
    renderBoardAt(`/challenges/${challenge.id}`, {
      live,
      token: 'token-lena',
      mocks: [
        viewerMock(lena),
        challengePageMock(challenge.id, challenge),
        challengeIdeasMock(challenge, [idea]),
      ],
    });
    const vote = await screen.findByRole('button', { name: /^Voter pour «\u202fUn repas/ });
    expect(vote).toBeEnabled();
    await waitFor(() => expect(live.watching()).toHaveLength(1));

    const ideasRound = pageRound(BrainstormPhase.IDEATION, 10);
    act(() => live.push(challengeEvent(ActivityKind.SESSION_CHANGED, { ...challenge, session: ideasRound })));

    const round = await screen.findByRole('region', { name: 'Manche des idées' });
    expect(within(round).getByRole('timer')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Voter pour «\u202fUn repas/ })).toBeDisabled();
    await waitFor(() =>
      expect(announced()).toContain('Manche des idées lancée\u202f: 10 minutes restantes.'),
    );

    act(() => live.push(challengeEvent(ActivityKind.SESSION_CHANGED, { ...challenge, session: null })));

    await waitFor(() =>
      expect(screen.queryByRole('region', { name: 'Manche des idées' })).not.toBeInTheDocument(),
    );
    expect(screen.getByRole('button', { name: /^Voter pour «\u202fUn repas/ })).toBeEnabled();
    expect(announced()).toContain('La manche est terminée');
  });

  it('shows a new comment on the idea’s page', async () => {
    const live = createLiveFeed();
    const challenge = pageChallenge();
    const idea = wallIdea({ title: 'Des binômes', commentCount: 0 });
    renderBoardAt(`/ideas/${idea.id}`, {
      live,
      mocks: [ideaPageMock(idea, { id: challenge.id, title: challenge.title }, [])],
    });
    await screen.findByRole('heading', { level: 1, name: 'Des binômes' });
    await waitFor(() => expect(live.watching()).toEqual([challenge.id]));

    const comment = threadComment({ body: 'Je peux en parler au BDE.' });
    act(() => live.push(commentEvent(challenge.id, idea.id, comment, 1)));

    expect(await screen.findByText('Je peux en parler au BDE.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: '1 commentaire' })).toBeInTheDocument();
  });
});
