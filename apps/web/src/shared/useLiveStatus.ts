import { createContext, useContext, useSyncExternalStore } from 'react';
import type { LiveStatus, LiveStatusSource } from './liveConnection';

/** Nothing is live (tests, or a board without a socket): always idle. */
const notLive: LiveStatusSource = {
  getStatus: () => 'idle',
  subscribe: () => () => undefined,
};

/** The board's live connection, as React reads it; App provides the real one. */
export const LiveStatusContext = createContext<LiveStatusSource>(notLive);

/** The live connection's status; re-renders when it changes. */
export function useLiveStatus(): LiveStatus {
  const source = useContext(LiveStatusContext);
  // A page rendered on the server knows nothing of the socket: hydration starts from idle too.
  return useSyncExternalStore(source.subscribe, source.getStatus, () => 'idle');
}
