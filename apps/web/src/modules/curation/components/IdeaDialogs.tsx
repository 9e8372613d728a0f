import { message, type MessageRef } from '../../../shared/Message';
import type { MergeSide } from '../mergePreview';
import { HideDialog } from './HideDialog';
import { MergeIdeaDialog } from './MergeIdeaDialog';
import { ReportDialog } from './ReportDialog';

export type IdeaDialog = 'merge' | 'hide' | 'report';

export interface IdeaDialogsProps {
  open: IdeaDialog | null;
  idea: MergeSide;
  challengeId: string;
  onClose: () => void;
  /** Done: what to say, and for a merge the idea it went into. */
  onDone: (news: MessageRef, mergedInto?: { id: string; title: string }) => void;
}

/** The dialogs an idea's actions open: merge into another, hide with a reason, report. */
export function IdeaDialogs({ open, idea, challengeId, onClose, onDone }: IdeaDialogsProps) {
  if (open === 'merge') {
    return (
      <MergeIdeaDialog
        source={idea}
        challengeId={challengeId}
        onClose={onClose}
        onMerged={(target) =>
          onDone(message('merge.done', { source: idea.title, target: target.title }), target)
        }
      />
    );
  }
  if (open === 'hide') {
    return (
      <HideDialog
        kind="idea"
        id={idea.id}
        subject={idea.title}
        onClose={onClose}
        onHidden={() => onDone(message('curation.hiddenDone', { title: idea.title }))}
      />
    );
  }
  if (open === 'report') {
    return (
      <ReportDialog kind="idea" id={idea.id} subject={idea.title} onClose={onClose} onReported={onDone} />
    );
  }
  return null;
}
