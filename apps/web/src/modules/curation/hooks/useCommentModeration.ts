import { useMutation } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { message, type MessageRef } from '../../../shared/Message';
import { curationRefusal } from '../failures';
import { UnhideCommentMutation } from '../graphql/CommentCuration.mutation';

export type CommentDialog = 'hide' | 'report';

/**
 * Hiding, showing again and reporting one comment: which dialog is open, what was done, what was
 * refused; the focus comes back to the button that opened a dialog.
 */
export function useCommentModeration(comment: { id: string; authorName: string }) {
  const [unhideComment] = useMutation(UnhideCommentMutation);
  const [dialog, setDialog] = useState<CommentDialog | null>(null);
  const [busy, setBusy] = useState(false);
  const [news, setNews] = useState<MessageRef | null>(null);
  const [failure, setFailure] = useState<MessageRef | null>(null);
  const opener = useRef<HTMLElement | null>(null);
  const scope = useRef<HTMLElement | null>(null);
  // Back to the button used; when it changed (hide became "show again"), the comment's first one.
  const refocus = () =>
    setTimeout(() => {
      const back = opener.current?.isConnected ? opener.current : scope.current?.querySelector('button');
      back?.focus();
    }, 0);

  return {
    dialog,
    busy,
    news,
    failure,
    open: (which: CommentDialog) => {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      scope.current = opener.current?.closest('article') ?? null;
      setDialog(which);
    },
    close: () => {
      setDialog(null);
      refocus();
    },
    done: (said: MessageRef) => {
      setDialog(null);
      setFailure(null);
      setNews(said);
      refocus();
    },
    unhide: async () => {
      if (busy) return;
      setBusy(true);
      setFailure(null);
      setNews(null);
      try {
        await unhideComment({ variables: { id: comment.id } });
        setNews(message('curation.commentUnhidden', { name: comment.authorName }));
      } catch (error) {
        setFailure(curationRefusal(error));
      } finally {
        setBusy(false);
      }
    },
  };
}
