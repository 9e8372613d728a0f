import { BrainstormPhase, ErrorCode, Role } from '@ouimake/domain';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { account, apiError, viewerMock } from '../../../test/accountFactories';
import { startRoundMock, stopRoundMock } from '../../../test/brainstormFactories';
import {
  challengePageMock,
  pageChallenge,
  pageRound,
  venuePresenceMock,
} from '../../../test/challengeFactories';
import { challengeIdeasMock, wallIdea } from '../../../test/ideaFactories';
import { renderBoardAt } from '../../../test/render';

const lena = account({ id: 'user-lena', displayName: 'Léna Cariou', role: Role.MEMBER });
const erwan = account({ id: 'user-erwan', displayName: 'Erwan Le Bihan', role: Role.FACILITATOR });

const banner = () => screen.findByRole('region', { name: /^Manche des (idées|votes)$/ });

describe('a live round on the challenge page', () => {
  it('shows the phase, a countdown and who is here; votes wait during an ideas round', async () => {
    const challenge = pageChallenge({
      session: pageRound(BrainstormPhase.IDEATION, 4.75),
    });
    const idea = wallIdea({ title: 'Des binômes', voteCount: 2 });
    renderBoardAt(`/challenges/${challenge.id}`, {
      token: 'token-lena',
      mocks: [
        viewerMock(lena),
        challengePageMock(challenge.id, challenge),
        challengeIdeasMock(challenge, [idea]),
        venuePresenceMock(challenge.id, 3),
      ],
    });

    const round = await banner();
    expect(within(round).getByText('En direct')).toBeInTheDocument();
    expect(within(round).getByText(/^Proposez vos idées/)).toBeInTheDocument();
    const timer = within(round).getByRole('timer', { name: 'Temps restant\u202f: 5 minutes' });
    expect(timer).toHaveTextContent(/^04:[45]\d$/);
    expect(await within(round).findByText('3 personnes ici')).toBeInTheDocument();
    expect(within(round).getByText('Lancée par Erwan Le Bihan')).toBeInTheDocument();
    expect(within(round).getByRole('link', { name: 'Mode projection' })).toHaveAttribute(
      'href',
      `/challenges/${challenge.id}/live`,
    );
    // Participants do not run rounds.
    expect(within(round).queryByRole('button')).not.toBeInTheDocument();

    const vote = await screen.findByRole('button', {
      name: 'Voter pour «\u202fDes binômes\u202f» (2 votes)',
    });
    expect(vote).toBeDisabled();
    expect(
      screen.getByText(/^Manche des idées\s: les votes ouvriront à la manche des votes\.$/),
    ).toBeInTheDocument();
    const form = screen.getByRole('region', { name: 'Proposer une idée' });
    expect(within(form).getByRole('button', { name: 'Proposer l’idée' })).toBeEnabled();
  });

  it('keeps new ideas waiting during a voting round, in English too', async () => {
    const challenge = pageChallenge({ session: pageRound(BrainstormPhase.VOTING, 10) });
    const idea = wallIdea({ title: 'A shared calendar', voteCount: 1 });
    renderBoardAt(`/challenges/${challenge.id}`, {
      lng: 'en',
      token: 'token-lena',
      mocks: [
        viewerMock(lena),
        challengePageMock(challenge.id, challenge),
        challengeIdeasMock(challenge, [idea]),
      ],
    });

    const round = await screen.findByRole('region', { name: 'Voting round' });
    expect(within(round).getByRole('timer', { name: 'Time left: 10 minutes' })).toBeInTheDocument();
    expect(within(round).getByText('1 person here')).toBeInTheDocument();
    const form = await screen.findByRole('region', { name: 'Propose an idea' });
    expect(within(form).getByRole('button', { name: 'Propose the idea' })).toBeDisabled();
    expect(
      within(form).getByText(/^This is the voting round: you can prepare your idea/),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Vote for “A shared calendar” (1 vote)' })).toBeEnabled();
  });

  it('ends by itself when the time is up, even if no news of it came', async () => {
    // Five seconds left: time enough to see the round on a busy machine (a test beside the browser
    // tests renders several times slower), then to see it end.
    const challenge = pageChallenge({ session: pageRound(BrainstormPhase.IDEATION, 5 / 60) });
    const idea = wallIdea({ title: 'Un repas', voteCount: 0 });
    renderBoardAt(`/challenges/${challenge.id}`, {
      token: 'token-lena',
      mocks: [
        viewerMock(lena),
        challengePageMock(challenge.id, challenge),
        challengeIdeasMock(challenge, [idea]),
      ],
    });
    await banner();
    expect(await screen.findByRole('button', { name: /^Voter pour «\u202fUn repas/ })).toBeDisabled();

    await waitFor(
      () => expect(screen.queryByRole('region', { name: 'Manche des idées' })).not.toBeInTheDocument(),
      { timeout: 15_000 },
    );
    expect(screen.getByRole('button', { name: /^Voter pour «\u202fUn repas/ })).toBeEnabled();
    expect(screen.getByTestId('live-bar')).toHaveTextContent('1 personne ici');
  });

  it('lets a curator start a round of votes for 15 minutes', async () => {
    const challenge = pageChallenge({ viewerCanCurate: true });
    const started = pageRound(BrainstormPhase.VOTING, 15, {
      startedBy: { __typename: 'User', id: erwan.id, displayName: erwan.displayName },
    });
    const start = startRoundMock(challenge.id, BrainstormPhase.VOTING, 15, started);
    renderBoardAt(`/challenges/${challenge.id}`, {
      token: 'token-erwan',
      mocks: [viewerMock(erwan), challengePageMock(challenge.id, challenge), start],
    });

    await userEvent.click(await screen.findByRole('button', { name: 'Lancer une manche' }));
    const dialog = await screen.findByRole('dialog', { name: 'Lancer une manche en direct' });
    expect(within(dialog).getByRole('radio', { name: /^Manche des idées/ })).toBeChecked();
    expect(within(dialog).getByRole('radio', { name: '10 minutes' })).toBeChecked();
    await userEvent.click(within(dialog).getByRole('radio', { name: /^Manche des votes/ }));
    await userEvent.click(within(dialog).getByRole('radio', { name: '15 minutes' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Lancer la manche' }));

    const round = await screen.findByRole('region', { name: 'Manche des votes' });
    expect(start.result).toHaveBeenCalledTimes(1);
    expect(within(round).getByRole('timer')).toHaveAccessibleName(/^Temps restant\u202f: 1[45] minutes$/);
    await waitFor(() =>
      expect(within(round).getByRole('heading', { name: 'Manche des votes' })).toHaveFocus(),
    );
    expect(within(round).getByRole('button', { name: 'Passer à la manche des idées' })).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('checks a typed duration before sending it, and says why the API refused', async () => {
    const challenge = pageChallenge({ viewerCanCurate: true });
    const refused = startRoundMock(
      challenge.id,
      BrainstormPhase.IDEATION,
      30,
      apiError(ErrorCode.CHALLENGE_NOT_OPEN),
    );
    renderBoardAt(`/challenges/${challenge.id}`, {
      token: 'token-erwan',
      mocks: [viewerMock(erwan), challengePageMock(challenge.id, challenge), refused],
    });

    await userEvent.click(await screen.findByRole('button', { name: 'Lancer une manche' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Autre durée' }));
    const minutes = within(dialog).getByRole('textbox', { name: /^Durée en minutes/ });
    await userEvent.type(minutes, '300');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Lancer la manche' }));

    expect(
      await within(dialog).findByText('La durée doit être un nombre entier de minutes, de 1 à 240.'),
    ).toBeInTheDocument();
    expect(minutes).toHaveFocus();
    expect(refused.result).not.toHaveBeenCalled();

    await userEvent.clear(minutes);
    await userEvent.type(minutes, '30');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Lancer la manche' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      /^Ce défi n’est pas ouvert\s: on ne peut pas y lancer de manche\.$/,
    );
    expect(refused.result).toHaveBeenCalledTimes(1);
  });

  it('lets a curator switch to the other phase, and stop the round', async () => {
    const challenge = pageChallenge({
      viewerCanCurate: true,
      session: pageRound(BrainstormPhase.IDEATION, 8),
    });
    const voting = pageRound(BrainstormPhase.VOTING, 5);
    const start = startRoundMock(challenge.id, BrainstormPhase.VOTING, 5, voting);
    const stop = stopRoundMock(challenge);
    renderBoardAt(`/challenges/${challenge.id}`, {
      token: 'token-erwan',
      mocks: [viewerMock(erwan), challengePageMock(challenge.id, challenge), start, stop],
    });

    await userEvent.click(await screen.findByRole('button', { name: 'Passer à la manche des votes' }));
    const dialog = await screen.findByRole('dialog', { name: 'Changer de manche' });
    expect(within(dialog).getByRole('radio', { name: /^Manche des votes/ })).toBeChecked();
    expect(
      within(dialog).getByText('La manche en cours s’arrête et celle-ci commence aussitôt.'),
    ).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('radio', { name: '5 minutes' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Lancer la manche' }));

    const round = await screen.findByRole('region', { name: 'Manche des votes' });
    await userEvent.click(within(round).getByRole('button', { name: 'Arrêter la manche' }));

    await waitFor(() =>
      expect(screen.queryByRole('region', { name: /^Manche des/ })).not.toBeInTheDocument(),
    );
    expect(stop.result).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button', { name: 'Lancer une manche' })).toBeInTheDocument();
  });
});
