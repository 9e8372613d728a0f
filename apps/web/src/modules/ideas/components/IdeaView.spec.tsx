import { ErrorCode, IdeaStatus, Role } from '@ouimake/domain';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import { account, apiError, viewerMock } from '../../../test/accountFactories';
import { reportIdeaMock, setIdeaStatusMock } from '../../../test/curationFactories';
import { ideaPageMock, wallIdea } from '../../../test/ideaFactories';
import { renderBoardAt } from '../../../test/render';
import { WithdrawIdeaMutation } from '../graphql/IdeaActions.mutation';
import { withdrawable } from './IdeaView';

const lena = account({ id: 'user-lena', displayName: 'Léna Cariou', role: Role.MEMBER });
const malo = account({ id: 'user-malo-member', displayName: 'Malo Jaouen', role: Role.MEMBER });
const erwan = account({ displayName: 'Erwan Le Bihan', role: Role.FACILITATOR });
const lenaAuthor = { __typename: 'User' as const, id: lena.id, displayName: lena.displayName };
const challenge = { id: 'challenge-benevoles', title: 'Comment impliquer des bénévoles ?' };

function withdrawRefused(id: string): MockLink.MockedResponse {
  return {
    request: { query: WithdrawIdeaMutation, variables: { id } },
    result: { errors: [apiError(ErrorCode.CONFLICT)] },
  };
}

describe('withdrawing one’s idea', () => {
  it('is possible until someone else votes for it', () => {
    expect(withdrawable({ voteCount: 0, viewerHasVoted: false })).toBe(true);
    expect(withdrawable({ voteCount: 1, viewerHasVoted: true })).toBe(true);
    expect(withdrawable({ voteCount: 1, viewerHasVoted: false })).toBe(false);
    expect(withdrawable({ voteCount: 2, viewerHasVoted: true })).toBe(false);
    // Blind counts say nothing: the API decides.
    expect(withdrawable({ voteCount: null, viewerHasVoted: false })).toBe(true);
  });

  it('is not offered once others have voted', async () => {
    const idea = wallIdea({ title: 'Mon idée', author: lenaAuthor, voteCount: 2, viewerHasVoted: true });
    renderBoardAt(`/ideas/${idea.id}`, {
      token: 'token-lena',
      mocks: [viewerMock(lena), ideaPageMock(idea, challenge, [])],
    });
    expect(await screen.findByRole('button', { name: 'Modifier mon idée' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Retirer mon idée' })).not.toBeInTheDocument();
  });

  it('is offered with only the author’s own vote, and while counts are blind, where a refusal is explained', async () => {
    const idea = wallIdea({ title: 'Mon idée', author: lenaAuthor, voteCount: null, viewerHasVoted: true });
    renderBoardAt(`/ideas/${idea.id}`, {
      token: 'token-lena',
      mocks: [viewerMock(lena), ideaPageMock(idea, challenge, []), withdrawRefused(idea.id)],
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Retirer mon idée' }));
    const dialog = screen.getByRole('dialog', { name: 'Retirer cette idée\u202f?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Retirer l’idée' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'D’autres personnes ont déjà voté pour cette idée',
    );
  });
});

describe('an idea’s page, curated', () => {
  it('shows its author why it was hidden, and a merged idea where it went', async () => {
    const hidden = wallIdea({
      title: 'Mon idée masquée',
      author: lenaAuthor,
      hidden: true,
      hiddenReason: 'Hors sujet.',
    });
    renderBoardAt(`/ideas/${hidden.id}`, {
      token: 'token-lena',
      mocks: [viewerMock(lena), ideaPageMock(hidden, challenge, [])],
    });
    expect(await screen.findByText(/^Idée masquée : seuls l’équipe d’animation/)).toBeInTheDocument();
    expect(screen.getByText('Motif : Hors sujet.')).toBeInTheDocument();
    // No curation for her, and nothing to report on her own idea.
    expect(screen.queryByRole('region', { name: 'Curation' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Signaler/ })).not.toBeInTheDocument();
  });

  it('links a merged idea to the one it went into, without a vote', async () => {
    const merged = {
      ...wallIdea({ title: 'Un doublon', status: IdeaStatus.MERGED, voteCount: 0 }),
      mergedInto: { __typename: 'Idea' as const, id: 'idea-kept', title: 'L’idée gardée' },
    };
    renderBoardAt(`/ideas/${merged.id}`, {
      token: 'token-malo',
      mocks: [viewerMock(malo), ideaPageMock(merged, challenge, [])],
    });
    expect(await screen.findByText(/^Cette idée a été fusionnée dans une autre/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Voir «\u202fL’idée gardée\u202f»' })).toHaveAttribute(
      'href',
      '/ideas/idea-kept',
    );
    expect(screen.queryByRole('button', { name: /^Voter pour/ })).not.toBeInTheDocument();
  });

  it('gives curators the status as three choices, the current one chosen', async () => {
    const idea = wallIdea({ title: 'Des binômes', status: IdeaStatus.SHORTLISTED });
    const select = setIdeaStatusMock(idea.id, IdeaStatus.SELECTED);
    renderBoardAt(`/ideas/${idea.id}`, {
      token: 'token-erwan',
      mocks: [viewerMock(erwan), ideaPageMock(idea, { ...challenge, viewerCanCurate: true }, []), select],
    });
    const panel = await screen.findByRole('region', { name: 'Curation' });
    const status = within(panel).getByRole('radiogroup', { name: 'Statut de l’idée' });
    expect(within(status).getByRole('radio', { name: 'Présélectionnée' })).toBeChecked();
    await userEvent.click(within(status).getByRole('radio', { name: 'Retenue' }));

    expect(await within(panel).findByText('« Des binômes » est retenue.')).toBeInTheDocument();
    expect(select.result).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(within(status).getByRole('radio', { name: 'Retenue' })).toBeChecked());
    expect(within(panel).getByRole('button', { name: 'Fusionner dans…' })).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Masquer…' })).toBeInTheDocument();
  });

  it('lets a participant report someone else’s idea, once', async () => {
    const idea = wallIdea({ title: 'Une pub' });
    renderBoardAt(`/ideas/${idea.id}`, {
      token: 'token-lena',
      mocks: [viewerMock(lena), ideaPageMock(idea, challenge, []), reportIdeaMock(idea.id, 'De la pub.')],
    });
    const report = await screen.findByRole('button', { name: 'Signaler l’idée «\u202fUne pub\u202f»' });
    await userEvent.click(report);
    const dialog = screen.getByRole('dialog', { name: 'Signaler cette idée' });
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: /^Qu’est-ce qui pose problème/ }),
      'De la pub.',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Envoyer le signalement' }));

    expect(await screen.findByText('Signalement envoyé')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Signaler l’idée/ })).not.toBeInTheDocument();
    expect(
      screen.getByText('Merci : votre signalement est envoyé à l’équipe d’animation.'),
    ).toBeInTheDocument();
  });
});
