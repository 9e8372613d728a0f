import { ChallengeStatus, ErrorCode, Role } from '@ouimake/domain';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { account, apiError, viewerMock } from '../test/accountFactories';
import {
  challengePageMock,
  closeMock,
  followMock,
  pageChallenge,
  publishMock,
  reopenMock,
} from '../test/challengeFactories';
import { renderBoardAt } from '../test/render';
import { frenchTypography } from '../shared/frenchTypography';

type MockedResponses = NonNullable<Parameters<typeof renderBoardAt>[1]>['mocks'];

const lena = account({ displayName: 'Léna Cariou', role: Role.MEMBER });
const erwan = account({ displayName: 'Erwan Le Bihan', role: Role.FACILITATOR });
const maelle = account({ displayName: 'Maëlle Le Gall', role: Role.MEMBER });

const actions = () => ({
  edit: screen.queryByRole('link', { name: 'Modifier' }),
  publish: screen.queryByRole('button', { name: 'Publier' }),
  close: screen.queryByRole('button', { name: 'Clore le défi' }),
  reopen: screen.queryByRole('button', { name: 'Rouvrir' }),
});

describe('the challenge page', () => {
  it('shows the question, its project, city, themes, context as Markdown, deadline and counts', async () => {
    const challenge = pageChallenge({
      closesAt: '2099-03-12T17:30:00.000Z',
      voteBudget: 3,
      blindVoting: true,
    });
    renderBoardAt(`/challenges/${challenge.id}`, { mocks: [challengePageMock(challenge.id, challenge)] });

    // Shown in French: the question mark keeps its narrow no-break space.
    const title = await screen.findByRole('heading', { level: 1, name: frenchTypography(challenge.title) });
    expect(title).toBeInTheDocument();
    expect(document.title).toBe(`${challenge.title} · Ouimake`);
    expect(screen.getByText('Ouvert')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'La Coopérative des Créateurs' })).toHaveAttribute(
      'href',
      '/projects/cooperative-des-createurs',
    );
    expect(screen.getByRole('link', { name: 'Maëlle Le Gall' })).toHaveAttribute(
      'href',
      '/users/user-maelle',
    );
    expect(within(screen.getByRole('list', { name: 'Thèmes' })).getByText('Bénévolat')).toBeInTheDocument();
    expect(screen.getByText('vingt').tagName).toBe('STRONG');
    expect(screen.getByText(/^Ouvert aux idées jusqu’au 12 mars 2099 à \d\d:30$/)).toHaveAttribute(
      'datetime',
      challenge.closesAt,
    );
    expect(screen.getByText(/Chaque personne dispose de 3 votes/)).toBeInTheDocument();
    expect(screen.getByText(/Vote à l’aveugle/)).toBeInTheDocument();
    const ideas = screen.getByRole('region', { name: 'Les idées' });
    expect(ideas).toHaveTextContent('5 idées proposées');
    expect(ideas).toHaveTextContent('8 personnes ont participé');
  });

  it('speaks English, dates included', async () => {
    const challenge = pageChallenge({
      closesAt: '2099-03-12T17:30:00.000Z',
      ideaCount: 1,
      participantCount: 1,
    });
    renderBoardAt(`/challenges/${challenge.id}`, {
      lng: 'en',
      mocks: [challengePageMock(challenge.id, challenge)],
    });

    expect(
      await screen.findByText(/^Open for ideas until March 12, 2099 at \d{1,2}:30 [AP]M$/),
    ).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Ideas' })).toHaveTextContent('1 idea proposed');
    expect(screen.getByRole('link', { name: 'Sign in to follow' })).toBeInTheDocument();
  });

  it('says when a challenge cannot be found (or is a draft the visitor may not see)', async () => {
    renderBoardAt('/challenges/nope', { mocks: [challengePageMock('nope', null)] });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Ce défi est introuvable' }),
    ).toBeInTheDocument();
    expect(document.title).toBe('Défi introuvable · Ouimake');
  });

  it('offers no edit, publish, close or reopen to a participant', async () => {
    const challenge = pageChallenge();
    renderBoardAt(`/challenges/${challenge.id}`, {
      token: 'token-lena',
      mocks: [viewerMock(lena), challengePageMock(challenge.id, challenge)],
    });

    await screen.findByRole('button', { name: 'Suivre ce défi' });
    expect(actions()).toEqual({ edit: null, publish: null, close: null, reopen: null });
  });

  it('shows a draft to its holders with a clear banner, and lets them publish it', async () => {
    const draft = pageChallenge({
      status: ChallengeStatus.DRAFT,
      viewerCanCurate: true,
      project: { viewerIsHolder: true },
    });
    const publish = publishMock(draft.id, { ...draft, status: ChallengeStatus.OPEN });
    renderBoardAt(`/challenges/${draft.id}`, {
      token: 'token-maelle',
      mocks: [viewerMock(maelle), challengePageMock(draft.id, draft), publish],
    });

    expect(
      await screen.findByText(/^Brouillon\s: seuls les porteurs du projet le voient$/),
    ).toBeInTheDocument();
    expect(actions().edit).toHaveAttribute('href', `/challenges/${draft.id}/edit`);
    // A draft cannot be closed: it is published or left as it is.
    expect(actions().close).toBeNull();

    await userEvent.click(actions().publish as HTMLElement);

    await waitFor(() =>
      expect(screen.getByText(/^Le défi est publié\s: tout le monde peut le voir\.$/)).toHaveFocus(),
    );
    expect(publish.result).toHaveBeenCalledTimes(1);
    expect(screen.queryByText(/seuls les porteurs du projet le voient/)).not.toBeInTheDocument();
    expect(actions().publish).toBeNull();
    expect(actions().close).toBeInTheDocument();
  });

  it('lets a facilitator reopen a closed challenge, and shows its outcome as Markdown', async () => {
    const closed = pageChallenge({
      status: ChallengeStatus.CLOSED,
      outcome: 'Nous retenons **deux** idées.',
      viewerCanCurate: true,
    });
    const reopen = reopenMock(closed.id, { ...closed, status: ChallengeStatus.OPEN });
    renderBoardAt(`/challenges/${closed.id}`, {
      token: 'token-erwan',
      mocks: [viewerMock(erwan), challengePageMock(closed.id, closed), reopen],
    });

    const outcome = await screen.findByRole('region', { name: 'Ce qui en est ressorti' });
    expect(within(outcome).getByText('deux').tagName).toBe('STRONG');
    // Closed is read-only, even for holders; facilitators are not holders anyway.
    expect(actions().edit).toBeNull();

    await userEvent.click(actions().reopen as HTMLElement);

    expect(
      await screen.findByText(/^Le défi est rouvert\s: il reçoit de nouveau des idées\.$/),
    ).toBeInTheDocument();
    expect(reopen.result).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('region', { name: 'Ce qui en est ressorti' })).not.toBeInTheDocument();
  });
});

describe('the close dialog', () => {
  const curated = () => pageChallenge({ viewerCanCurate: true });

  async function openDialog(challenge: ReturnType<typeof pageChallenge>, mocks: MockedResponses = []) {
    renderBoardAt(`/challenges/${challenge.id}`, {
      token: 'token-erwan',
      mocks: [viewerMock(erwan), challengePageMock(challenge.id, challenge), ...mocks],
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Clore le défi' }));
    const dialog = await screen.findByRole('dialog', { name: 'Clore ce défi' });
    return { dialog, outcome: () => within(dialog).getByRole('textbox', { name: 'Le bilan' }) };
  }

  it('asks for an outcome before closing, and previews it', async () => {
    const { dialog, outcome } = await openDialog(curated());

    await userEvent.click(within(dialog).getByRole('button', { name: 'Clore le défi' }));
    expect(outcome()).toHaveAccessibleDescription(
      expect.stringContaining('Écrivez le bilan\u202f: quelques lignes suffisent.'),
    );
    expect(outcome()).toHaveFocus();

    await userEvent.type(outcome(), 'Un **atelier** en mai.');
    await userEvent.click(within(dialog).getByRole('tab', { name: 'Aperçu' }));
    expect(within(dialog).getByText('atelier').tagName).toBe('STRONG');
  });

  it('closes with the outcome: the page shows it, and the close button gives way to reopen', async () => {
    const challenge = curated();
    const text = 'Un atelier en mai, à la Cantine.';
    const close = closeMock(challenge.id, text, {
      ...challenge,
      status: ChallengeStatus.CLOSED,
      outcome: text,
    });
    const { dialog, outcome } = await openDialog(challenge, [close]);

    await userEvent.type(outcome(), `  ${text}  `);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Clore le défi' }));

    const shown = await screen.findByRole('region', { name: 'Ce qui en est ressorti' });
    expect(shown).toHaveTextContent(text);
    expect(close.result).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByText('Clos')).toBeInTheDocument();
    expect(screen.getByText('Le défi est clos. Son bilan est affiché plus bas.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Clore le défi' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Rouvrir' })).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByRole('heading', { name: 'Ce qui en est ressorti' })).toHaveFocus(),
    );
  });

  it('keeps the dialog open with the reason when the API refuses', async () => {
    const challenge = curated();
    const refused = closeMock(challenge.id, 'Un bilan.', apiError(ErrorCode.FORBIDDEN));
    const { dialog, outcome } = await openDialog(challenge, [refused]);

    await userEvent.type(outcome(), 'Un bilan.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Clore le défi' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Vous n’avez pas le droit de faire cela.',
    );
    expect(refused.result).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('dialog', { name: 'Clore ce défi' })).toBeInTheDocument();
  });

  it('can be cancelled without closing anything', async () => {
    const { dialog } = await openDialog(curated());

    await userEvent.click(within(dialog).getAllByRole('button', { name: 'Annuler' })[0]);

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByText('Ouvert')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Clore le défi' })).toBeInTheDocument();
  });
});

describe('the follow button', () => {
  it('sends a signed-out visitor to sign in, coming back here', async () => {
    const challenge = pageChallenge();
    renderBoardAt(`/challenges/${challenge.id}`, { mocks: [challengePageMock(challenge.id, challenge)] });

    expect(await screen.findByRole('link', { name: 'Se connecter pour suivre' })).toHaveAttribute(
      'href',
      `/sign-in?next=%2Fchallenges%2F${challenge.id}`,
    );
    expect(screen.queryByRole('button', { name: 'Suivre ce défi' })).not.toBeInTheDocument();
  });

  it('follows and unfollows, showing the new state at once', async () => {
    const challenge = pageChallenge();
    // The API takes its time: what shows before it answers is the optimistic state.
    const follow = { ...followMock(challenge.id, true, true), delay: 1500 };
    const unfollow = followMock(challenge.id, false, false);
    renderBoardAt(`/challenges/${challenge.id}`, {
      token: 'token-lena',
      mocks: [viewerMock(lena), challengePageMock(challenge.id, challenge), follow, unfollow],
    });

    await userEvent.click(await screen.findByRole('button', { name: 'Suivre ce défi' }));
    // Optimistic: the new state shows before the API answers.
    expect(
      await screen.findByRole('button', { name: 'Ne plus suivre' }, { timeout: 1000 }),
    ).toBeInTheDocument();
    expect(screen.getByText(/^Vous suivez ce défi/)).toBeInTheDocument();
    await waitFor(() => expect(follow.result).toHaveBeenCalledTimes(1), { timeout: 3000 });

    await userEvent.click(await screen.findByRole('button', { name: 'Ne plus suivre' }));
    expect(await screen.findByRole('button', { name: 'Suivre ce défi' })).toBeInTheDocument();
    await waitFor(() => expect(unfollow.result).toHaveBeenCalledTimes(1));
    expect(screen.queryByText(/^Vous suivez ce défi/)).not.toBeInTheDocument();
  });

  it('goes back to the previous state, with the reason, when the API refuses', async () => {
    const challenge = pageChallenge();
    const follow = followMock(challenge.id, true, apiError(ErrorCode.NOT_FOUND));
    renderBoardAt(`/challenges/${challenge.id}`, {
      token: 'token-lena',
      mocks: [viewerMock(lena), challengePageMock(challenge.id, challenge), follow],
    });

    await userEvent.click(await screen.findByRole('button', { name: 'Suivre ce défi' }));

    expect(
      await screen.findByText('Ce qui était visé n’existe plus. Rechargez la page.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Suivre ce défi' })).toBeInTheDocument();
  });
});
