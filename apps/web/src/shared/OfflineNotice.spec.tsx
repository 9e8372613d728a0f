import { act, screen } from '@testing-library/react';
import { renderOnBoard } from '../test/render';
import type { LiveStatus, LiveStatusSource } from './liveConnection';
import { OfflineNotice } from './OfflineNotice';
import { LiveStatusContext } from './useLiveStatus';

function fakeConnection(initial: LiveStatus) {
  let status = initial;
  const listeners = new Set<() => void>();
  const source: LiveStatusSource = {
    getStatus: () => status,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return {
    source,
    set(next: LiveStatus) {
      status = next;
      for (const listener of listeners) listener();
    },
  };
}

describe('the offline notice', () => {
  it('shows while the live connection is lost, and goes when it is back', () => {
    const live = fakeConnection('connected');
    renderOnBoard(
      <LiveStatusContext.Provider value={live.source}>
        <OfflineNotice />
      </LiveStatusContext.Provider>,
      { lng: 'fr' },
    );
    expect(screen.queryByRole('status')).not.toBeInTheDocument();

    act(() => live.set('offline'));
    expect(screen.getByRole('status')).toHaveTextContent('Hors ligne — reconnexion…');

    act(() => live.set('connecting'));
    act(() => live.set('connected'));
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('is said in English too, and not while merely connecting', () => {
    const live = fakeConnection('connecting');
    renderOnBoard(
      <LiveStatusContext.Provider value={live.source}>
        <OfflineNotice />
      </LiveStatusContext.Provider>,
      { lng: 'en' },
    );
    expect(screen.queryByRole('status')).not.toBeInTheDocument();

    act(() => live.set('offline'));
    expect(screen.getByRole('status')).toHaveTextContent('Offline — reconnecting…');
  });
});
