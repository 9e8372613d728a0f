import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderOnBoard } from '../../../test/render';
import { ChallengeMuteQuery, MuteChallengeMutation } from '../graphql/MuteChallenge.mutation';
import { MuteChallengeToggle } from './MuteChallengeToggle';

const state = (viewerIsFollowing: boolean, viewerHasMuted: boolean) => ({
  request: { query: ChallengeMuteQuery, variables: { id: 'c1' } },
  result: {
    data: { challenge: { __typename: 'Challenge', id: 'c1', viewerIsFollowing, viewerHasMuted } },
  },
});

describe('muting a followed challenge', () => {
  it('is offered to followers only', async () => {
    renderOnBoard(<MuteChallengeToggle challengeId="c1" />, { token: 't', mocks: [state(false, false)] });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.queryByRole('button', { name: 'Mettre en sourdine' })).not.toBeInTheDocument();
  });

  it('mutes, says so, and unmutes', async () => {
    const mute = {
      request: { query: MuteChallengeMutation, variables: { id: 'c1', muted: true } },
      result: { data: { muteChallenge: true } },
    };
    renderOnBoard(<MuteChallengeToggle challengeId="c1" />, {
      token: 't',
      mocks: [state(true, false), mute],
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Mettre en sourdine' }));
    expect(await screen.findByRole('button', { name: 'Réactiver les notifications' })).toBeInTheDocument();
    expect(screen.getByText(/En sourdine : vous suivez ce défi/)).toBeInTheDocument();
  });
});
