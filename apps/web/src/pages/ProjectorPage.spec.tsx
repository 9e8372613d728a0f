import { ActivityKind, BrainstormPhase, ChallengeStatus, IdeaOrder } from '@ouimake/domain';
import { act, screen, waitFor, within } from '@testing-library/react';
import { projectorPageMock } from '../test/brainstormFactories';
import { pageChallenge, pageRound } from '../test/challengeFactories';
import { challengeIdeasMock, wallIdea } from '../test/ideaFactories';
import { createLiveFeed, ideaEvent } from '../test/liveFeed';
import { renderBoardAt } from '../test/render';
import { PROJECTOR_IDEAS } from '../modules/brainstorm/graphql/ProjectorPage.query';

describe('the projector view', () => {
  it('shows the question, the round, its countdown, who is here, and the newest ideas first', async () => {
    const live = createLiveFeed();
    const challenge = pageChallenge({ presentCount: 14, session: pageRound(BrainstormPhase.IDEATION, 6) });
    const ideas = [wallIdea({ title: 'Un goûter mensuel' }), wallIdea({ title: 'Des binômes' })];
    renderBoardAt(`/challenges/${challenge.id}/live`, {
      live,
      mocks: [
        projectorPageMock(challenge.id, challenge),
        challengeIdeasMock(challenge, ideas, { orderBy: IdeaOrder.NEWEST, first: PROJECTOR_IDEAS }),
      ],
    });

    expect(await screen.findByRole('heading', { level: 1, name: challenge.title })).toBeInTheDocument();
    expect(document.title).toBe(`Projection · ${challenge.title} · Ouimake`);
    // Not inside the board's layout: no header navigation, no editing.
    expect(screen.queryByRole('navigation', { name: 'Navigation principale' })).not.toBeInTheDocument();
    expect(screen.getByText('Manche des idées')).toBeInTheDocument();
    expect(screen.getByRole('timer', { name: 'Temps restant\u202f: 6 minutes' })).toHaveTextContent(
      /^0[56]:\d\d$/,
    );
    expect(screen.getByText('14 personnes ici')).toBeInTheDocument();
    // How to join: the short address, the code and a QR code; never the challenge's long id.
    expect(screen.getByText('localhost/j/K7Q4XM')).toBeInTheDocument();
    expect(screen.getByText('K7Q4XM')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /^Code QR .*localhost\/j\/K7Q4XM$/ })).toBeInTheDocument();
    expect(document.body.textContent).not.toContain(challenge.id);
    expect(screen.getByRole('link', { name: 'Quitter la projection' })).toHaveAttribute(
      'href',
      `/challenges/${challenge.id}`,
    );

    const list = await screen.findByRole('list', { name: 'Idées, les plus récentes d’abord' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.firstChild?.textContent),
    ).toEqual(['Un goûter mensuel', 'Des binômes']);
    expect(screen.queryByRole('button', { name: /Voter/ })).not.toBeInTheDocument();

    await waitFor(() => expect(live.watching()).toEqual([challenge.id]));
    act(() => live.push(ideaEvent(ActivityKind.IDEA_PROPOSED, challenge.id, wallIdea({ title: 'Un troc' }))));
    const fresh = await within(list).findByText('Un troc');
    expect(fresh.closest('li')).toHaveAttribute('data-arrived', 'true');
    expect(within(list).getAllByRole('listitem')).toHaveLength(3);
  });

  it('ranks by votes during a voting round, and follows votes as they move', async () => {
    const live = createLiveFeed();
    const challenge = pageChallenge({ session: pageRound(BrainstormPhase.VOTING, 3) });
    const low = wallIdea({ title: 'Peu soutenue', voteCount: 2 });
    const high = wallIdea({ title: 'Très soutenue', voteCount: 9 });
    renderBoardAt(`/challenges/${challenge.id}/live`, {
      live,
      lng: 'en',
      mocks: [
        projectorPageMock(challenge.id, challenge),
        challengeIdeasMock(challenge, [high, low], { orderBy: IdeaOrder.TOP, first: PROJECTOR_IDEAS }),
      ],
    });

    const list = await screen.findByRole('list', { name: 'Ideas, most supported first' });
    expect(within(list).getByText('9 votes')).toBeInTheDocument();
    await waitFor(() => expect(live.watching()).toHaveLength(1));

    act(() => live.push(ideaEvent(ActivityKind.VOTES_CHANGED, challenge.id, { ...low, voteCount: 12 })));

    await waitFor(() =>
      expect(
        within(list)
          .getAllByRole('listitem')
          .map((item) => item.firstChild?.textContent),
      ).toEqual(['Peu soutenue', 'Très soutenue']),
    );
    expect(screen.getByText('Voting round')).toBeInTheDocument();
  });

  it('never shows blind counts to the room, even from a curator’s screen', async () => {
    const challenge = pageChallenge({
      blindVoting: true,
      viewerCanCurate: true,
      session: pageRound(BrainstormPhase.VOTING, 3),
    });
    // The API sends a curator the counts: the projector leaves them out, and keeps the newest first.
    const idea = wallIdea({ title: 'Un repas partagé', voteCount: 7 });
    renderBoardAt(`/challenges/${challenge.id}/live`, {
      mocks: [
        projectorPageMock(challenge.id, challenge),
        challengeIdeasMock(challenge, [idea], { orderBy: IdeaOrder.NEWEST, first: PROJECTOR_IDEAS }),
      ],
    });

    const list = await screen.findByRole('list', { name: 'Idées, les plus récentes d’abord' });
    expect(within(list).getByText('Un repas partagé')).toBeInTheDocument();
    expect(within(list).queryByText(/vote/)).not.toBeInTheDocument();
  });

  it('says when no round runs, and when there is no idea yet', async () => {
    const challenge = pageChallenge({ status: ChallengeStatus.OPEN });
    renderBoardAt(`/challenges/${challenge.id}/live`, {
      mocks: [
        projectorPageMock(challenge.id, challenge),
        challengeIdeasMock(challenge, [], { orderBy: IdeaOrder.NEWEST, first: PROJECTOR_IDEAS }),
      ],
    });

    expect(await screen.findByText('Pas de manche en cours')).toBeInTheDocument();
    expect(
      await screen.findByText('Les idées s’afficheront ici dès qu’elles seront proposées.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('timer')).not.toBeInTheDocument();
  });

  it('says when the challenge cannot be found', async () => {
    renderBoardAt('/challenges/nope/live', { mocks: [projectorPageMock('nope', null)] });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Ce défi est introuvable' }),
    ).toBeInTheDocument();
  });
});
