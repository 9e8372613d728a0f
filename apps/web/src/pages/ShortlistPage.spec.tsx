import { ActivityKind, ChallengeStatus, IdeaOrder, IdeaStatus } from '@ouimake/domain';
import { act, screen, waitFor, within } from '@testing-library/react';
import { PROJECTOR_IDEAS } from '../modules/brainstorm/graphql/ProjectorPage.query';
import { projectorPageMock } from '../test/brainstormFactories';
import { pageChallenge } from '../test/challengeFactories';
import { shortlistMock } from '../test/curationFactories';
import { challengeIdeasMock, wallIdea } from '../test/ideaFactories';
import { createLiveFeed, ideaEvent } from '../test/liveFeed';
import { renderBoardAt } from '../test/render';

const challenge = { id: 'challenge-shortlist', title: 'Comment garder nos bénévoles ?' };

describe('a challenge’s shortlist', () => {
  it('shows the selected ideas, then the shortlisted ones, big, never a hidden one', async () => {
    const selected = wallIdea({ title: 'Un goûter mensuel', status: IdeaStatus.SELECTED, voteCount: 9 });
    const shortlisted = wallIdea({ title: 'Des binômes', status: IdeaStatus.SHORTLISTED, voteCount: 5 });
    const hidden = wallIdea({ title: 'Une pub', status: IdeaStatus.SHORTLISTED, hidden: true });
    renderBoardAt(`/challenges/${challenge.id}/shortlist`, {
      mocks: [shortlistMock(challenge, [selected, shortlisted, hidden])],
    });

    expect(await screen.findByRole('heading', { level: 1, name: challenge.title })).toBeInTheDocument();
    expect(document.title).toBe(`Présélection · ${challenge.title} · Ouimake`);
    // Full screen, as on the projector: no header.
    expect(screen.queryByRole('navigation', { name: 'Navigation principale' })).not.toBeInTheDocument();
    const headings = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    expect(headings).toEqual(['Retenue1', 'Présélectionnée1']);
    const chosen = screen.getByRole('region', { name: 'Retenue' });
    expect(within(chosen).getByText('Un goûter mensuel')).toBeInTheDocument();
    expect(within(chosen).getByText('9 votes')).toBeInTheDocument();
    const kept = screen.getByRole('region', { name: 'Présélectionnée' });
    expect(within(kept).getByText('Des binômes')).toBeInTheDocument();
    expect(within(kept).getByText('Proposée par Erwan Le Bihan')).toBeInTheDocument();
    expect(screen.queryByText('Une pub')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Mode projection' })).toHaveAttribute(
      'href',
      `/challenges/${challenge.id}/live`,
    );
    expect(screen.getByRole('link', { name: 'Retour au défi' })).toHaveAttribute(
      'href',
      `/challenges/${challenge.id}`,
    );
    // The room joins by the short address, never the challenge's long id.
    expect(screen.getByText(`${window.location.host}/j/K7Q4XM`)).toBeInTheDocument();
    expect(document.body.textContent).not.toContain(`/challenges/${challenge.id}`);
  });

  it('shows no counts while voting is blind, and says what to do when nothing is shortlisted', async () => {
    const idea = wallIdea({ title: 'Des binômes', status: IdeaStatus.SHORTLISTED, voteCount: 5 });
    const { unmount } = renderBoardAt(`/challenges/${challenge.id}/shortlist`, {
      lng: 'en',
      mocks: [shortlistMock({ ...challenge, blindVoting: true, viewerCanCurate: true }, [idea])],
    });
    expect(await screen.findByText('Des binômes')).toBeInTheDocument();
    expect(screen.getByText('Votes hidden until the end of the challenge')).toBeInTheDocument();
    expect(screen.queryByText('5 votes')).not.toBeInTheDocument();
    unmount();

    renderBoardAt(`/challenges/${challenge.id}/shortlist`, {
      mocks: [shortlistMock({ ...challenge, viewerCanCurate: true, status: ChallengeStatus.OPEN }, [])],
    });
    expect(
      await screen.findByRole('heading', { name: 'Rien n’est encore présélectionné' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/^Présélectionnez des idées depuis le mur du défi/)).toBeInTheDocument();
  });

  it('follows the curators live: an idea shortlisted meanwhile joins it', async () => {
    const live = createLiveFeed();
    const idea = wallIdea({ title: 'Des binômes', status: IdeaStatus.PROPOSED });
    const first = shortlistMock(challenge, []);
    const after = shortlistMock(challenge, [{ ...idea, status: IdeaStatus.SHORTLISTED }]);
    renderBoardAt(`/challenges/${challenge.id}/shortlist`, { live, mocks: [first, after] });
    await screen.findByRole('heading', { name: 'Rien n’est encore présélectionné' });
    await waitFor(() => expect(live.watching()).toEqual([challenge.id]));

    // An idea this page never showed is shortlisted.
    act(() =>
      live.push(
        ideaEvent(ActivityKind.IDEA_UPDATED, challenge.id, { ...idea, status: IdeaStatus.SHORTLISTED }),
      ),
    );

    const kept = await screen.findByRole('region', { name: 'Présélectionnée' });
    expect(within(kept).getByText('Des binômes')).toBeInTheDocument();
    expect(after.result).toHaveBeenCalled();
  });
});

describe('the projector', () => {
  it('never shows a hidden idea, even on a curator’s screen, and links to the shortlist', async () => {
    const page = pageChallenge({ viewerCanCurate: true });
    renderBoardAt(`/challenges/${page.id}/live`, {
      mocks: [
        projectorPageMock(page.id, page),
        challengeIdeasMock(
          page,
          [
            wallIdea({ title: 'Visible' }),
            wallIdea({ title: 'Masquée', hidden: true, hiddenReason: 'Spam.' }),
          ],
          { orderBy: IdeaOrder.NEWEST, first: PROJECTOR_IDEAS },
        ),
      ],
    });
    const list = await screen.findByRole('list', { name: 'Idées, les plus récentes d’abord' });
    expect(within(list).getByText('Visible')).toBeInTheDocument();
    expect(within(list).queryByText('Masquée')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Présélection' })).toHaveAttribute(
      'href',
      `/challenges/${page.id}/shortlist`,
    );
  });
});
