import { ErrorCode } from '@ouimake/domain';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import { JoinByCodeQuery } from '../modules/brainstorm/graphql/JoinPage.query';
import { apiError } from '../test/accountFactories';
import { challengePageMock, pageChallenge } from '../test/challengeFactories';
import { renderBoardAt } from '../test/render';

function joinMock(code: string, answer: { id: string } | null | ReturnType<typeof apiError>) {
  const result = jest.fn(() =>
    answer === null || 'id' in answer
      ? {
          data: {
            __typename: 'Query',
            challengeByJoinCode: answer && { __typename: 'Challenge', id: answer.id, joinCode: code },
          },
        }
      : { errors: [answer] },
  );
  return {
    request: { query: JoinByCodeQuery, variables: { code } },
    result,
  } satisfies MockLink.MockedResponse;
}

describe('joining from a room', () => {
  it('opens the challenge of a known code, typed in any case with dashes, in place of /j/…', async () => {
    const challenge = pageChallenge();
    const lookup = joinMock('K7Q4XM', { id: challenge.id });
    const { router } = renderBoardAt('/j/k7q-4xm', {
      mocks: [lookup, challengePageMock(challenge.id, challenge)],
    });
    await waitFor(() => expect(router.state.location.pathname).toBe(`/challenges/${challenge.id}`));
    expect(lookup.result).toHaveBeenCalledTimes(1);
    expect(
      await screen.findByRole('heading', { level: 1, name: /^Comment impliquer des bénévoles/ }),
    ).toBeInTheDocument();
    // Replaced, not pushed: going back does not land on the code again.
    expect(router.state.historyAction).toBe('REPLACE');
  });

  it('is reached from the board, where a room’s code is typed', async () => {
    const challenge = pageChallenge();
    const lookup = joinMock('K7Q4XM', { id: challenge.id });
    const { router } = renderBoardAt('/', { mocks: [lookup, challengePageMock(challenge.id, challenge)] });
    await userEvent.click(
      await screen.findByRole('link', { name: /^Dans la salle\s\? Entrez le code du défi$/ }),
    );
    await waitFor(() => expect(router.state.location.pathname).toBe('/j'));
    await userEvent.type(await screen.findByRole('textbox', { name: /^Code du défi/ }), 'k7q4xm');
    await userEvent.click(screen.getByRole('button', { name: 'Rejoindre' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/challenges/${challenge.id}`));
    expect(lookup.result).toHaveBeenCalledTimes(1);
  });

  it('says a code is unknown, in French, and takes another one', async () => {
    const challenge = pageChallenge();
    renderBoardAt('/j/ZZZZZZ', {
      mocks: [
        joinMock('ZZZZZZ', null),
        joinMock('K7Q4XM', { id: challenge.id }),
        challengePageMock(challenge.id, challenge),
      ],
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('Aucun défi ne porte le code ZZZZZZ');
    const field = screen.getByRole('textbox', { name: /Code du défi/ });
    await waitFor(() => expect(field).toHaveFocus());
    expect(field).toHaveValue('ZZZZZZ');
    await userEvent.clear(field);
    await userEvent.type(field, '7kq 0xm{Enter}');
    expect(
      await screen.findByText('Un code compte six caractères, sans 0, O, 1, I, L ni U.'),
    ).toBeInTheDocument();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    await userEvent.clear(field);
    await userEvent.type(field, 'k7q 4xm{Enter}');
    expect(
      await screen.findByRole('heading', { level: 1, name: /^Comment impliquer des bénévoles/ }),
    ).toBeInTheDocument();
  });

  it('says the same in English, and never asks the API for what cannot be a code', async () => {
    renderBoardAt('/j/O1IL', { lng: 'en' });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'A code has six characters, without 0, O, 1, I, L or U.',
    );
    expect(screen.getByRole('textbox', { name: /Challenge code/ })).toHaveValue('O1IL');
    expect(document.title).toMatch(/^Join a challenge/);
  });

  it('asks for a code at /j, and says when too many were tried', async () => {
    renderBoardAt('/j', {
      lng: 'en',
      mocks: [joinMock('ABCDEF', apiError(ErrorCode.RATE_LIMITED, { retryAfterSeconds: 600 }))],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Join a challenge' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Join' }));
    expect(await screen.findByText('Type the code shown in the room.')).toBeInTheDocument();
    await userEvent.type(screen.getByRole('textbox', { name: /Challenge code/ }), 'abc-def{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Too many codes tried from this connection. Try again in 10 minutes.',
    );
  });
});
