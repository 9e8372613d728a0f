import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { CancelRegistrationMutation, RegisterForEventMutation } from '../graphql/Event.mutation';

/** Register for a venue (or move there), or cancel: one action at a time, its failure kept. */
export function useRegistration(eventId: string) {
  const [register] = useMutation(RegisterForEventMutation);
  const [cancel] = useMutation(CancelRegistrationMutation);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const [done, setDone] = useState(false);

  const run = async (action: () => Promise<unknown>) => {
    if (busy) return;
    setBusy(true);
    setFailed(false);
    setDone(false);
    try {
      await action();
      setDone(true);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };

  return {
    busy,
    failed,
    done,
    register: (venueId: string) => run(() => register({ variables: { eventId, venueId } })),
    cancel: () => run(() => cancel({ variables: { eventId } })),
  };
}
