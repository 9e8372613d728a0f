import { Role } from '@ouimake/domain';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { account, viewerMock } from '../../../test/accountFactories';
import { hideCommentMock, reportCommentMock, unhideCommentMock } from '../../../test/curationFactories';
import { ideaPageMock, threadComment, wallIdea } from '../../../test/ideaFactories';
import { renderBoardAt } from '../../../test/render';

const lena = account({ id: 'user-lena', displayName: 'Léna Cariou', role: Role.MEMBER });
const erwan = account({ displayName: 'Erwan Le Bihan', role: Role.FACILITATOR });
const challenge = { id: 'challenge-benevoles', title: 'Comment impliquer des bénévoles ?' };
const thread = () => screen.findByRole('region', { name: /commentaire/ });

describe('moderating a comment', () => {
  it('lets a curator hide a comment with a reason, which stays marked for them, and show it again', async () => {
    const idea = wallIdea({ title: 'Des binômes', commentCount: 1 });
    const spam = threadComment({ body: 'Achetez mes montres' });
    const reason = 'De la publicité.';
    const hide = hideCommentMock(spam.id, reason, idea.id, 0);
    const unhide = unhideCommentMock(spam.id, idea.id, 1);
    renderBoardAt(`/ideas/${idea.id}`, {
      token: 'token-erwan',
      mocks: [
        viewerMock(erwan),
        ideaPageMock(idea, { ...challenge, viewerCanCurate: true }, [spam]),
        hide,
        unhide,
      ],
    });

    await userEvent.click(
      within(await thread()).getByRole('button', { name: 'Masquer le commentaire de Malo Jaouen' }),
    );
    const dialog = screen.getByRole('dialog', { name: 'Masquer ce commentaire' });
    // What is hidden, said at the top.
    expect(within(dialog).getByText('Malo Jaouen : « Achetez mes montres »')).toBeInTheDocument();
    await userEvent.type(within(dialog).getByRole('textbox', { name: /^Motif/ }), reason);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Masquer le commentaire' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const comment = screen.getByRole('article', { name: /^Malo Jaouen/ });
    expect(within(comment).getByText(/^Commentaire masqué/)).toBeInTheDocument();
    expect(within(comment).getByText(`Motif : ${reason}`)).toBeInTheDocument();
    expect(within(comment).getByText('Le commentaire de Malo Jaouen est masqué.')).toBeInTheDocument();
    expect(hide.result).toHaveBeenCalledTimes(1);
    // The focus is back on the button used, which now shows it again.
    await waitFor(() =>
      expect(
        within(comment).getByRole('button', { name: 'Afficher à nouveau le commentaire de Malo Jaouen' }),
      ).toHaveFocus(),
    );

    await userEvent.click(
      within(comment).getByRole('button', { name: 'Afficher à nouveau le commentaire de Malo Jaouen' }),
    );
    await waitFor(() => expect(within(comment).queryByText(/^Commentaire masqué/)).not.toBeInTheDocument());
    expect(unhide.result).toHaveBeenCalledTimes(1);
  });

  it('lets a participant report someone else’s comment once, and not their own', async () => {
    const idea = wallIdea({ title: 'Des binômes', commentCount: 2 });
    const theirs = threadComment({ body: 'Achetez mes montres' });
    const mine = threadComment({
      body: 'Ma question',
      author: { __typename: 'User', id: lena.id, displayName: lena.displayName },
    });
    const report = reportCommentMock(theirs.id, 'De la publicité.');
    renderBoardAt(`/ideas/${idea.id}`, {
      token: 'token-lena',
      mocks: [viewerMock(lena), ideaPageMock(idea, challenge, [theirs, mine]), report],
    });

    const list = await thread();
    expect(within(list).queryByRole('button', { name: /^Masquer le commentaire/ })).not.toBeInTheDocument();
    expect(
      within(list).queryByRole('button', { name: 'Signaler le commentaire de Léna Cariou' }),
    ).not.toBeInTheDocument();
    await userEvent.click(
      within(list).getByRole('button', { name: 'Signaler le commentaire de Malo Jaouen' }),
    );
    const dialog = screen.getByRole('dialog', { name: 'Signaler ce commentaire' });
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: /^Qu’est-ce qui pose problème/ }),
      'De la publicité.',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Envoyer le signalement' }));

    const comment = await screen.findByRole('article', { name: /^Malo Jaouen/ });
    expect(await within(comment).findByText('Signalement envoyé')).toBeInTheDocument();
    expect(within(comment).queryByRole('button', { name: /^Signaler/ })).not.toBeInTheDocument();
    expect(report.result).toHaveBeenCalledTimes(1);
  });

  it('shows its author a hidden comment with the reason', async () => {
    const idea = wallIdea({ title: 'Des binômes', commentCount: 0 });
    const hidden = threadComment({
      body: 'Mon commentaire',
      author: { __typename: 'User', id: lena.id, displayName: lena.displayName },
      hidden: true,
      hiddenReason: 'Propos déplacés.',
    });
    renderBoardAt(`/ideas/${idea.id}`, {
      token: 'token-lena',
      mocks: [viewerMock(lena), ideaPageMock(idea, challenge, [hidden])],
    });
    const comment = await screen.findByRole('article', { name: /^Léna Cariou/ });
    expect(
      within(comment).getByText(/^Commentaire masqué : seuls l’équipe d’animation et son auteur le voient/),
    ).toBeInTheDocument();
    expect(within(comment).getByText('Motif : Propos déplacés.')).toBeInTheDocument();
  });
});
