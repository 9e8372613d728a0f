import { act, render, screen } from '@testing-library/react';
import { BoardProviders } from './App';
import { createI18n } from './i18n';
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
    render(
      <LiveStatusContext.Provider value={live.source}>
        <BoardProviders i18n={createI18n({ lng: 'fr' })} env="test">
          <OfflineNotice />
        </BoardProviders>
      </LiveStatusContext.Provider>,
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
    render(
      <LiveStatusContext.Provider value={live.source}>
        <BoardProviders i18n={createI18n({ lng: 'en' })} env="test">
          <OfflineNotice />
        </BoardProviders>
      </LiveStatusContext.Provider>,
    );
    expect(screen.queryByRole('status')).not.toBeInTheDocument();

    act(() => live.set('offline'));
    expect(screen.getByRole('status')).toHaveTextContent('Offline — reconnecting…');
  });
});
