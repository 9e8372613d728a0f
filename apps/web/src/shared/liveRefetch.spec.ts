import { liveEventApplied, MAX_REFETCH_ROUNDS, refetchLive } from './liveRefetch';

/** A client whose refetches resolve when the test says so. */
function slowClient() {
  const pending: Array<() => void> = [];
  const refetchQueries = jest.fn(() => new Promise<void>((resolve) => pending.push(resolve)));
  const answer = async () => {
    while (pending.length === 0) await Promise.resolve();
    pending.shift()!();
    // Let refetchLive see the answer.
    for (let i = 0; i < 5; i += 1) await Promise.resolve();
  };
  return { client: { refetchQueries } as never, refetchQueries, answer };
}

describe('refetchLive', () => {
  it('asks once when no live event arrives meanwhile', async () => {
    const { client, refetchQueries, answer } = slowClient();
    const done = refetchLive(client, 'active');
    await answer();
    await done;
    expect(refetchQueries).toHaveBeenCalledTimes(1);
    expect(refetchQueries).toHaveBeenCalledWith({ include: 'active' });
  });

  it('asks again when a live event arrived while the answer was on its way', async () => {
    const { client, refetchQueries, answer } = slowClient();
    const done = refetchLive(client, 'active');
    // A round is switched while the first answer (read before the switch) is on its way.
    liveEventApplied();
    await answer();
    expect(refetchQueries).toHaveBeenCalledTimes(2);
    await answer();
    await done;
    expect(refetchQueries).toHaveBeenCalledTimes(2);
  });

  it('stops after a few rounds in a room where events never stop', async () => {
    const { client, refetchQueries, answer } = slowClient();
    const done = refetchLive(client, 'active');
    for (let round = 0; round < MAX_REFETCH_ROUNDS; round += 1) {
      liveEventApplied();
      await answer();
    }
    await done;
    expect(refetchQueries).toHaveBeenCalledTimes(MAX_REFETCH_ROUNDS);
  });

  it('leaves a failure to the queries themselves', async () => {
    const refetchQueries = jest.fn(() => Promise.reject(new Error('offline')));
    liveEventApplied();
    await expect(refetchLive({ refetchQueries } as never, 'active')).resolves.toBeUndefined();
    expect(refetchQueries).toHaveBeenCalledTimes(1);
  });
});
