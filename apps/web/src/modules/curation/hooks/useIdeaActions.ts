import type { IdeaStatus } from '@ouimake/domain';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MessageRef } from '../../../shared/Message';
import type { IdeaDialog } from '../components/IdeaDialogs';
import type { MergeSide } from '../mergePreview';
import { useIdeaCuration } from './useIdeaCuration';

/** An idea as its actions need it. */
export interface ActionIdea extends MergeSide {
  status: IdeaStatus;
  hidden: boolean;
  viewerHasReported: boolean;
}

/**
 * The state behind an idea's actions, wherever they show (a note's menu, the idea's page): the
 * curator's one-click acts, which dialog is open, what was done and what was refused; the focus
 * comes back to the control that opened a dialog, or goes to the idea merged into.
 */
export function useIdeaActions(
  idea: ActionIdea,
  {
    onLeft,
  }: {
    /** The idea left the list showing it (merged): what was done, said by the list instead. */
    onLeft?: (news: string) => void;
  } = {},
) {
  const { t } = useTranslation();
  const curation = useIdeaCuration(idea);
  const [dialog, setDialog] = useState<IdeaDialog | null>(null);
  const opener = useRef<HTMLButtonElement | null>(null);
  const returnTo = useRef<HTMLElement | null>(null);
  const scope = useRef<HTMLElement | null>(null);

  const refocus = (selector?: string) =>
    setTimeout(() => {
      const next = selector ? document.querySelector<HTMLElement>(selector) : null;
      // The control used; when it changed (hide became "show again"), the first of its group.
      const back = returnTo.current?.isConnected
        ? returnTo.current
        : (opener.current ?? scope.current?.querySelector<HTMLElement>('button'));
      (next ?? back)?.focus();
    }, 0);

  return {
    idea,
    curation,
    dialog,
    /** A menu's button: the focus comes back to it after a dialog opened from the menu. */
    opener,
    open: (which: IdeaDialog) => {
      // The control used, unless it was a menu's item (gone once the menu closes).
      const active = document.activeElement;
      returnTo.current =
        active instanceof HTMLElement && !active.closest('[role="menu"]') ? active : opener.current;
      scope.current = returnTo.current?.closest('section, article') ?? null;
      setDialog(which);
    },
    close: () => {
      setDialog(null);
      refocus();
    },
    done: (news: MessageRef, mergedInto?: { id: string; title: string }) => {
      setDialog(null);
      curation.say(news);
      if (mergedInto) onLeft?.(t(news.key, news.values ?? {}));
      // Merged: this idea leaves the wall; read on from the one it went into.
      refocus(mergedInto ? `[data-idea-link="${mergedInto.id}"], [data-merged-notice]` : undefined);
    },
  };
}

export type IdeaActions = ReturnType<typeof useIdeaActions>;
