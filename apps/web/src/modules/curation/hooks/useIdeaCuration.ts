import { useMutation } from '@apollo/client/react';
import type { IdeaStatus } from '@ouimake/domain';
import { useState } from 'react';
import { message, type MessageRef } from '../../../shared/Message';
import { curationRefusal } from '../failures';
import { SetIdeaStatusMutation, UnhideIdeaMutation } from '../graphql/IdeaCuration.mutation';

export type CurationStatus = IdeaStatus.PROPOSED | IdeaStatus.SHORTLISTED | IdeaStatus.SELECTED;

/**
 * A curator's one-click acts on an idea: its status, and showing it again once hidden. One at a
 * time; `news` says what was done (for screen readers), `failure` why the API refused.
 */
export function useIdeaCuration(idea: { id: string; title: string }) {
  const [setStatusOf] = useMutation(SetIdeaStatusMutation);
  const [unhideIdea] = useMutation(UnhideIdeaMutation);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<MessageRef | null>(null);
  const [news, setNews] = useState<MessageRef | null>(null);

  const run = async (act: () => Promise<unknown>, done: MessageRef): Promise<boolean> => {
    if (busy) return false;
    setBusy(true);
    setFailure(null);
    setNews(null);
    try {
      await act();
      setNews(done);
      return true;
    } catch (error) {
      setFailure(curationRefusal(error));
      return false;
    } finally {
      setBusy(false);
    }
  };

  return {
    busy,
    failure,
    news,
    /** Something else was done (a merge, hiding): said the same way. */
    say: (done: MessageRef) => {
      setFailure(null);
      setNews(done);
    },
    setStatus: (status: CurationStatus) =>
      run(
        () => setStatusOf({ variables: { id: idea.id, status } }),
        message(`curation.statusDone.${status}`, { title: idea.title }),
      ),
    unhide: () =>
      run(
        () => unhideIdea({ variables: { id: idea.id } }),
        message('curation.unhidden', { title: idea.title }),
      ),
  };
}
