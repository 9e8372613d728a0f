import { ChallengeStatus, Role } from '@ouimake/domain';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { account, viewerMock } from '../test/accountFactories';
import {
  addCommentMock,
  deleteCommentMock,
  ideaPageMock,
  threadComment,
  wallIdea,
} from '../test/ideaFactories';
import { renderBoardAt } from '../test/render';

const lena = account({ id: 'user-lena', displayName: 'Léna Cariou', role: Role.MEMBER });
const lenaAuthor = { __typename: 'User' as const, id: lena.id, displayName: lena.displayName };
const challenge = { id: 'challenge-benevoles', title: 'Comment impliquer des bénévoles ?' };

describe('the idea page', () => {
  it('shows the full text as Markdown, the vote, and the thread with its replies', async () => {
    const idea = wallIdea({ title: 'Des binômes', body: 'Des **binômes** stables.', voteCount: 3 });
    const question = threadComment({ body: 'Qui forme les binômes ?' });
    const reply = threadComment({ body: 'Les anciens.', parent: { __typename: 'Comment', id: question.id } });
    renderBoardAt(`/ideas/${idea.id}`, { mocks: [ideaPageMock(idea, challenge, [question, reply])] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Des binômes' })).toBeInTheDocument();
    expect(document.title).toBe('Des binômes · Ouimake');
    expect(screen.getByText('binômes').tagName).toBe('STRONG');
    expect(screen.getByText('3 votes')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: '2 commentaires' })).toBeInTheDocument();
    const replies = screen.getByRole('list', { name: 'Réponses à Malo Jaouen' });
    expect(within(replies).getByText('Les anciens.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Se connecter pour commenter' })).toBeInTheDocument();
  });

  it('replies to a comment (one level), and deletes one’s own, which keeps its place', async () => {
    const idea = wallIdea({ title: 'Des binômes', commentCount: 1 });
    const question = threadComment({ body: 'Qui forme les binômes ?' });
    const mine = threadComment({
      body: 'Ma réponse.',
      author: lenaAuthor,
      parent: { __typename: 'Comment', id: question.id },
    });
    const add = addCommentMock({ ideaId: idea.id, body: 'Ma réponse.', parentId: question.id }, mine);
    const remove = deleteCommentMock(mine.id, mine.id);
    renderBoardAt(`/ideas/${idea.id}`, {
      token: 'token-lena',
      mocks: [viewerMock(lena), ideaPageMock(idea, challenge, [question]), add, remove],
    });

    const thread = await screen.findByRole('region', { name: '1 commentaire' });
    await userEvent.click(within(thread).getByRole('button', { name: 'Répondre' }));
    await userEvent.type(
      within(thread).getByRole('textbox', { name: 'Votre réponse à Malo Jaouen' }),
      'Ma réponse.',
    );
    // The reply form's own button sends it.
    await userEvent.click(within(thread).getAllByRole('button', { name: 'Répondre' })[1]);

    const replies = await screen.findByRole('list', { name: 'Réponses à Malo Jaouen' });
    expect(within(replies).getByText('Ma réponse.')).toBeInTheDocument();
    expect(add.result).toHaveBeenCalledTimes(1);
    // Replies take no reply of their own (one level only).
    expect(within(replies).queryByRole('button', { name: 'Répondre' })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: '2 commentaires' })).toBeInTheDocument();

    await userEvent.click(within(replies).getByRole('button', { name: /^Supprimer mon commentaire du/ }));

    await waitFor(() => expect(within(replies).getByText('Commentaire supprimé')).toBeInTheDocument());
    expect(within(replies).queryByText('Ma réponse.')).not.toBeInTheDocument();
    expect(remove.result).toHaveBeenCalledTimes(1);
    // The question it answered is still there, above it.
    expect(screen.getByText('Qui forme les binômes ?')).toBeInTheDocument();
  });

  it('shows a deleted comment as a placeholder, and a closed challenge as read-only', async () => {
    const idea = wallIdea({ title: 'Des binômes', voteCount: 2 });
    const gone = threadComment({ body: '', deleted: true });
    renderBoardAt(`/ideas/${idea.id}`, {
      token: 'token-lena',
      mocks: [viewerMock(lena), ideaPageMock(idea, { ...challenge, status: ChallengeStatus.CLOSED }, [gone])],
    });

    expect(await screen.findByText('Commentaire supprimé')).toBeInTheDocument();
    expect(screen.getByText(/^Ce défi est clos/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Voter pour/ })).not.toBeInTheDocument();
    expect(screen.getByText('2 votes')).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Votre commentaire' })).not.toBeInTheDocument();
  });
});
