import { ErrorCode, IdeaOrder, Role } from '@ouimake/domain';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { account, apiError, viewerMock } from '../../../test/accountFactories';
import { challengePageMock, pageChallenge } from '../../../test/challengeFactories';
import { ProposeIdeaMutation } from '../graphql/ProposeIdea.mutation';
import { UnvoteMutation, VoteMutation } from '../graphql/Vote.mutation';
import {
  challengeIdeasMock,
  proposeIdeaMock,
  withAnyClientKey,
  similarIdeasMock,
  voteMock,
  wallIdea,
} from '../../../test/ideaFactories';
import { renderBoardAt } from '../../../test/render';

const lena = account({ id: 'user-lena', displayName: 'Léna Cariou', role: Role.MEMBER });

const wall = () => screen.findByRole('list', { name: 'Idées proposées' });

describe('the idea wall', () => {
  it('votes at once, and goes back with the reason when the budget is spent', async () => {
    const challenge = pageChallenge({ voteBudget: 3 });
    const idea = wallIdea({ title: 'Des binômes', voteCount: 4 });
    // The API takes its time: the optimistic state shows meanwhile, whatever the machine's load.
    const refused = { ...voteMock(idea.id, true, apiError(ErrorCode.VOTE_BUDGET_EXCEEDED)), delay: 600 };
    renderBoardAt(`/challenges/${challenge.id}`, {
      token: 'token-lena',
      mocks: [
        viewerMock(lena),
        challengePageMock(challenge.id, challenge),
        challengeIdeasMock({ id: challenge.id, viewerVotesLeft: 1 }, [idea]),
        refused,
      ],
    });

    const button = await within(await wall()).findByRole('button', {
      name: 'Voter pour «\u202fDes binômes\u202f» (4 votes)',
    });
    expect(button).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByText('Il vous reste 1 vote sur 3')).toBeInTheDocument();

    await userEvent.click(button);
    // Optimistic: the count, the pressed state and the votes left move before the API answers.
    expect(
      await screen.findByRole('button', { name: 'Voter pour «\u202fDes binômes\u202f» (5 votes)' }),
    ).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByTestId('votes-left')).toHaveTextContent(
      'Plus aucun vote : vous avez placé vos 3 votes',
    );

    // Refused: everything goes back, and the reason is said.
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Vous avez déjà placé tous vos votes sur ce défi. Retirez-en un pour voter ici.',
    );
    expect(
      screen.getByRole('button', { name: 'Voter pour «\u202fDes binômes\u202f» (4 votes)' }),
    ).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByText('Il vous reste 1 vote sur 3')).toBeInTheDocument();
    expect(refused.result).toHaveBeenCalledTimes(1);
  });

  it('keeps a vote the API accepts, and takes it back', async () => {
    const challenge = pageChallenge({ voteBudget: 3 });
    const idea = wallIdea({ title: 'Un planning partagé', voteCount: 1 });
    const vote = voteMock(idea.id, true, {
      voteCount: 2,
      viewerHasVoted: true,
      challengeId: challenge.id,
      viewerVotesLeft: 2,
    });
    const unvote = voteMock(idea.id, false, {
      voteCount: 1,
      viewerHasVoted: false,
      challengeId: challenge.id,
      viewerVotesLeft: 3,
    });
    renderBoardAt(`/challenges/${challenge.id}`, {
      token: 'token-lena',
      mocks: [
        viewerMock(lena),
        challengePageMock(challenge.id, challenge),
        challengeIdeasMock({ id: challenge.id, viewerVotesLeft: 3 }, [idea]),
        vote,
        unvote,
      ],
    });

    await userEvent.click(
      await screen.findByRole('button', { name: /^Voter pour «\u202fUn planning partagé\u202f»/ }),
    );
    await waitFor(() => expect(vote.result).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('Il vous reste 2 votes sur 3')).toBeInTheDocument();
    const voted = screen.getByRole('button', {
      name: 'Voter pour «\u202fUn planning partagé\u202f» (2 votes)',
    });
    expect(voted).toHaveAttribute('aria-pressed', 'true');

    await userEvent.click(voted);
    await waitFor(() => expect(unvote.result).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('Il vous reste 3 votes sur 3')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('keeps a vote given without a connection, shows it waiting, and sends it once when back', async () => {
    window.localStorage.clear();
    const challenge = pageChallenge({ voteBudget: 3 });
    const idea = wallIdea({ title: 'Un café des bénévoles', voteCount: 2 });
    const offline = {
      request: { query: VoteMutation, variables: { ideaId: idea.id } },
      error: new TypeError('Failed to fetch'),
    };
    const back = voteMock(idea.id, true, {
      voteCount: 3,
      viewerHasVoted: true,
      challengeId: challenge.id,
      viewerVotesLeft: 2,
    });
    renderBoardAt(`/challenges/${challenge.id}`, {
      token: 'token-lena',
      mocks: [
        viewerMock(lena),
        challengePageMock(challenge.id, challenge),
        challengeIdeasMock({ id: challenge.id, viewerVotesLeft: 3 }, [idea]),
        offline,
        back,
      ],
    });

    await userEvent.click(
      await within(await wall()).findByRole('button', {
        name: 'Voter pour «\u202fUn café des bénévoles\u202f» (2 votes)',
      }),
    );
    // Not lost: the button keeps the vote, the count with it, and says it waits for the network.
    expect(
      await screen.findByText(/^Pas de connexion\s: votre vote est gardé sur cet appareil/),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Voter pour «\u202fUn café des bénévoles\u202f» (3 votes)' }),
    ).toHaveAttribute('aria-pressed', 'true');
    expect(JSON.stringify(window.localStorage)).toContain(':vote:');
    expect(back.result).not.toHaveBeenCalled();

    // The network is back: sent once; the server's count and votes left take over.
    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    await waitFor(() => expect(back.result).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('Il vous reste 2 votes sur 3')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText(/votre vote est gardé/)).not.toBeInTheDocument());
    expect(
      screen.getByRole('button', { name: 'Voter pour «\u202fUn café des bénévoles\u202f» (3 votes)' }),
    ).toHaveAttribute('aria-pressed', 'true');
    expect(JSON.stringify(window.localStorage)).not.toContain(':vote:');
  });

  it('sends only the latest wish when a vote kept offline is taken back before the network returns', async () => {
    window.localStorage.clear();
    const challenge = pageChallenge({ voteBudget: 3 });
    const idea = wallIdea({ title: 'Des binômes', voteCount: 2 });
    const offlineVote = {
      request: { query: VoteMutation, variables: { ideaId: idea.id } },
      error: new TypeError('Failed to fetch'),
    };
    const offlineUnvote = {
      request: { query: UnvoteMutation, variables: { ideaId: idea.id } },
      error: new TypeError('Failed to fetch'),
    };
    const vote = voteMock(idea.id, true, {
      voteCount: 3,
      viewerHasVoted: true,
      challengeId: challenge.id,
      viewerVotesLeft: 2,
    });
    const unvote = voteMock(idea.id, false, {
      voteCount: 2,
      viewerHasVoted: false,
      challengeId: challenge.id,
      viewerVotesLeft: 3,
    });
    renderBoardAt(`/challenges/${challenge.id}`, {
      token: 'token-lena',
      mocks: [
        viewerMock(lena),
        challengePageMock(challenge.id, challenge),
        challengeIdeasMock({ id: challenge.id, viewerVotesLeft: 3 }, [idea]),
        offlineVote,
        offlineUnvote,
        vote,
        unvote,
      ],
    });

    await userEvent.click(
      await within(await wall()).findByRole('button', { name: /^Voter pour «\u202fDes binômes\u202f»/ }),
    );
    await screen.findByText(/votre vote est gardé sur cet appareil/);
    await userEvent.click(screen.getByRole('button', { name: /^Voter pour «\u202fDes binômes\u202f»/ }));
    expect(await screen.findByText(/votre vote sera retiré dès son retour/)).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Voter pour «\u202fDes binômes\u202f» (2 votes)' }),
    ).toHaveAttribute('aria-pressed', 'false');

    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    await waitFor(() => expect(unvote.result).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(screen.queryByText(/votre vote sera retiré/)).not.toBeInTheDocument());
    // The first wish was replaced, never sent: no vote counted, the budget whole.
    expect(vote.result).not.toHaveBeenCalled();
    expect(screen.getByText('Il vous reste 3 votes sur 3')).toBeInTheDocument();
  });

  it('hides counts and offers no ranking by votes while voting is blind', async () => {
    const challenge = pageChallenge({ blindVoting: true });
    const idea = wallIdea({ title: 'Un repas', voteCount: null, viewerHasVoted: true });
    // Only the newest-first list is answered: asking for TOP would fail the test.
    const ideas = challengeIdeasMock({ id: challenge.id }, [idea], {
      orderBy: IdeaOrder.NEWEST,
    });
    renderBoardAt(`/challenges/${challenge.id}`, {
      token: 'token-lena',
      mocks: [viewerMock(lena), challengePageMock(challenge.id, challenge), ideas],
    });

    const button = await within(await wall()).findByRole('button', {
      name: 'Voter pour «\u202fUn repas\u202f»',
    });
    expect(button).toHaveAttribute('aria-pressed', 'true');
    expect(button).not.toHaveTextContent(/\d/);
    expect(screen.getByText('Votes cachés jusqu’à la fin du défi')).toBeInTheDocument();
    expect(screen.queryByRole('radiogroup', { name: 'Ordre des idées' })).not.toBeInTheDocument();
    expect(screen.queryByText('Les plus soutenues')).not.toBeInTheDocument();
    expect(ideas.result).toHaveBeenCalledTimes(1);
  });

  it('offers the most supported and the newest ideas when counts are open', async () => {
    const challenge = pageChallenge();
    const old = wallIdea({ title: 'Ancienne', voteCount: 5 });
    const recent = wallIdea({ title: 'Récente', voteCount: 0 });
    const newest = challengeIdeasMock({ id: challenge.id }, [recent, old], { orderBy: IdeaOrder.NEWEST });
    renderBoardAt(`/challenges/${challenge.id}`, {
      mocks: [
        challengePageMock(challenge.id, challenge),
        challengeIdeasMock({ id: challenge.id }, [old, recent]),
        newest,
      ],
    });

    const list = await wall();
    expect(
      within(list)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['Ancienne', 'Récente']);
    expect(within(list).getAllByText('5 votes')[0]).toBeInTheDocument();
    await userEvent.click(screen.getByText('Les plus récentes'));
    await waitFor(() =>
      expect(
        within(screen.getByRole('list', { name: 'Idées proposées' }))
          .getAllByRole('heading', { level: 3 })
          .map((h) => h.textContent),
      ).toEqual(['Récente', 'Ancienne']),
    );
    expect(newest.result).toHaveBeenCalledTimes(1);
  });

  it('invites to propose the first idea when there is none', async () => {
    const challenge = pageChallenge();
    renderBoardAt(`/challenges/${challenge.id}`, {
      token: 'token-lena',
      mocks: [
        viewerMock(lena),
        challengePageMock(challenge.id, challenge),
        challengeIdeasMock({ id: challenge.id }, []),
      ],
    });

    expect(await screen.findByRole('heading', { name: 'Pas encore d’idée' })).toBeInTheDocument();
    expect(screen.getByText(/proposez la première idée/)).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Proposer une idée' })).toBeInTheDocument();
  });
});

describe('the propose form', () => {
  async function openForm(
    extra: Parameters<typeof renderBoardAt>[1] extends infer O
      ? O extends { mocks?: infer M }
        ? M
        : never
      : never = [],
  ) {
    const challenge = pageChallenge();
    renderBoardAt(`/challenges/${challenge.id}`, {
      token: 'token-lena',
      mocks: [
        viewerMock(lena),
        challengePageMock(challenge.id, challenge),
        challengeIdeasMock({ id: challenge.id }, []),
        ...(extra ?? []),
      ],
    });
    const form = await screen.findByRole('region', { name: 'Proposer une idée' });
    return {
      challenge,
      form,
      title: () => within(form).getByRole('textbox', { name: /^Votre idée en une phrase/ }),
    };
  }

  it('shows ideas close to what is being typed', async () => {
    const challenge = pageChallenge();
    const hints = similarIdeasMock(challenge.id, 'des missions courtes', [
      { id: 'idea-missions', title: 'Des missions courtes et bien décrites', voteCount: 4, commentCount: 3 },
    ]);
    renderBoardAt(`/challenges/${challenge.id}`, {
      token: 'token-lena',
      mocks: [
        viewerMock(lena),
        challengePageMock(challenge.id, challenge),
        challengeIdeasMock({ id: challenge.id }, []),
        hints,
      ],
    });
    const form = await screen.findByRole('region', { name: 'Proposer une idée' });

    await userEvent.type(
      within(form).getByRole('textbox', { name: /^Votre idée en une phrase/ }),
      'des missions courtes',
    );

    const list = await within(form).findByRole('list', { name: 'Idées proches' }, { timeout: 2000 });
    expect(within(list).getByRole('link', { name: 'Des missions courtes et bien décrites' })).toHaveAttribute(
      'href',
      '/ideas/idea-missions',
    );
    expect(within(form).getByText('Une idée proche existe déjà')).toBeInTheDocument();
    // Debounced: asked once for the whole phrase, not once per key.
    expect(hints.result).toHaveBeenCalledTimes(1);
  });

  it('checks the title before sending, and focuses it', async () => {
    const { form, title } = await openForm();

    await userEvent.click(within(form).getByRole('button', { name: 'Proposer l’idée' }));
    expect(title()).toHaveAccessibleDescription(expect.stringContaining('Écrivez votre idée en une phrase.'));
    expect(title()).toHaveFocus();

    await userEvent.type(title(), 'ab');
    await userEvent.click(within(form).getByRole('button', { name: 'Proposer l’idée' }));
    expect(title()).toHaveAccessibleDescription(
      expect.stringContaining('L’idée doit compter au moins 3 caractères.'),
    );
  });

  it('puts the API’s refusal under the field it names', async () => {
    const challenge = pageChallenge();
    const refused = proposeIdeaMock(
      { challengeId: challenge.id, title: 'Une idée', body: '' },
      apiError(ErrorCode.BAD_USER_INPUT, { field: 'title' }),
    );
    renderBoardAt(`/challenges/${challenge.id}`, {
      token: 'token-lena',
      mocks: [
        viewerMock(lena),
        challengePageMock(challenge.id, challenge),
        challengeIdeasMock({ id: challenge.id }, []),
        refused,
      ],
    });
    const form = await screen.findByRole('region', { name: 'Proposer une idée' });
    const title = within(form).getByRole('textbox', { name: /^Votre idée en une phrase/ });

    await userEvent.type(title, 'Une idée');
    await userEvent.click(within(form).getByRole('button', { name: 'Proposer l’idée' }));

    await waitFor(() =>
      expect(title).toHaveAccessibleDescription(
        expect.stringContaining('L’idée doit compter de 3 à 140 caractères.'),
      ),
    );
    expect(refused.result).toHaveBeenCalledTimes(1);
  });

  it('puts a proposed idea on the wall', async () => {
    const challenge = pageChallenge();
    const idea = wallIdea({
      title: 'Un goûter mensuel',
      author: { __typename: 'User', id: lena.id, displayName: lena.displayName },
    });
    const propose = proposeIdeaMock(
      { challengeId: challenge.id, title: 'Un goûter mensuel', body: '' },
      idea,
      { ideaCount: 6 },
    );
    renderBoardAt(`/challenges/${challenge.id}`, {
      token: 'token-lena',
      mocks: [
        viewerMock(lena),
        challengePageMock(challenge.id, challenge),
        challengeIdeasMock({ id: challenge.id }, []),
        propose,
      ],
    });
    const form = await screen.findByRole('region', { name: 'Proposer une idée' });

    await userEvent.type(
      within(form).getByRole('textbox', { name: /^Votre idée en une phrase/ }),
      'Un goûter mensuel',
    );
    await userEvent.click(within(form).getByRole('button', { name: 'Proposer l’idée' }));

    expect(
      await within(await wall()).findByRole('heading', { name: 'Un goûter mensuel' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Votre idée est affichée sur le mur.')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Les idées' })).toHaveTextContent('6 idées proposées');
  });

  it('keeps an idea sent without a connection, and sends it once, with the same key, when back', async () => {
    window.localStorage.clear();
    const challenge = pageChallenge();
    const idea = wallIdea({
      title: 'Une permanence le jeudi',
      author: { __typename: 'User', id: lena.id, displayName: lena.displayName },
    });
    const input = { challengeId: challenge.id, title: 'Une permanence le jeudi', body: '' };
    const keys: string[] = [];
    const offline = {
      request: { query: ProposeIdeaMutation, variables: withAnyClientKey(input, keys) },
      error: new TypeError('Failed to fetch'),
    };
    const back = proposeIdeaMock(input, idea, { ideaCount: 1 });
    back.request.variables = withAnyClientKey(input, keys);
    renderBoardAt(`/challenges/${challenge.id}`, {
      token: 'token-lena',
      mocks: [
        viewerMock(lena),
        challengePageMock(challenge.id, challenge),
        challengeIdeasMock({ id: challenge.id }, []),
        offline,
        back,
      ],
    });
    const form = await screen.findByRole('region', { name: 'Proposer une idée' });
    const title = within(form).getByRole('textbox', { name: /^Votre idée en une phrase/ });
    await userEvent.type(title, 'Une permanence le jeudi');
    await userEvent.click(within(form).getByRole('button', { name: 'Proposer l’idée' }));

    // Kept on the device, said so, and the form free for the next idea.
    expect(
      await within(form).findByText(/^Pas de connexion\s: votre idée est gardée sur cet appareil$/),
    ).toBeInTheDocument();
    expect(within(form).getByText(/^«\sUne permanence le jeudi\s», en attente d’envoi$/)).toBeInTheDocument();
    expect(title).toHaveValue('');
    expect(JSON.stringify(window.localStorage)).toContain('Une permanence le jeudi');

    // The network is back: sent once, with the key of the first attempt, and on the wall.
    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    expect(
      await within(await wall()).findByRole('heading', { name: 'Une permanence le jeudi' }),
    ).toBeInTheDocument();
    await waitFor(() => expect(within(form).queryByText(/en attente d’envoi/)).not.toBeInTheDocument());
    expect(back.result).toHaveBeenCalledTimes(1);
    // Both attempts carried one and the same key.
    expect(keys.length).toBeGreaterThanOrEqual(2);
    expect(new Set(keys).size).toBe(1);
    expect(JSON.stringify(window.localStorage)).not.toContain('Une permanence le jeudi');
  });
});
