import { Button, Text } from '@mantine/core';
import { IconEye, IconEyeOff, IconFlag, IconFlagCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { message } from '../../../shared/Message';
import type { useCommentModeration } from '../hooks/useCommentModeration';
import { HideDialog } from './HideDialog';
import classes from './IdeaCurationPanel.module.css';
import { ReportDialog } from './ReportDialog';

export interface CommentModerationProps {
  moderation: ReturnType<typeof useCommentModeration>;
  comment: { id: string; authorName: string; hidden: boolean; viewerHasReported: boolean };
  /** What the dialogs show of it: who wrote it, and its first words. */
  subject: string;
  /** Curators hide it with a reason, or show it again. */
  canCurate: boolean;
  /** People signed in, not its author, report it (once). */
  canReport: boolean;
}

/** The buttons a comment offers curators (hide, show again) and others signed in (report). */
export function CommentModeration({
  moderation,
  comment,
  subject,
  canCurate,
  canReport: mayReport,
}: CommentModerationProps) {
  const { t } = useTranslation();
  // Hidden already: there is nothing left to report.
  const canReport = mayReport && !comment.hidden;
  const name = comment.authorName;
  return (
    <>
      {canCurate &&
        (comment.hidden ? (
          <Button
            variant="subtle"
            color="ink.9"
            size="compact-md"
            aria-label={t('comments.unhideLabel', { name })}
            aria-disabled={moderation.busy || undefined}
            leftSection={<IconEye size={18} aria-hidden="true" />}
            onClick={() => void moderation.unhide()}
          >
            {t('comments.unhide')}
          </Button>
        ) : (
          <Button
            variant="subtle"
            color="red.9"
            size="compact-md"
            aria-label={t('comments.hideLabel', { name })}
            leftSection={<IconEyeOff size={18} aria-hidden="true" />}
            onClick={() => moderation.open('hide')}
          >
            {t('comments.hide')}
          </Button>
        ))}
      {canReport &&
        (comment.viewerHasReported ? (
          <Text size="sm" fw={700} c="ink.8" className={classes.reported}>
            <IconFlagCheck size={18} aria-hidden="true" />
            {t('report.reported')}
          </Text>
        ) : (
          <Button
            variant="subtle"
            color="ink.9"
            size="compact-md"
            aria-label={t('report.commentLabel', { name })}
            leftSection={<IconFlag size={18} aria-hidden="true" />}
            onClick={() => moderation.open('report')}
          >
            {t('report.action')}
          </Button>
        ))}
      {moderation.dialog === 'hide' && (
        <HideDialog
          kind="comment"
          id={comment.id}
          subject={subject}
          onClose={moderation.close}
          onHidden={() => moderation.done(message('curation.commentHidden', { name }))}
        />
      )}
      {moderation.dialog === 'report' && (
        <ReportDialog
          kind="comment"
          id={comment.id}
          subject={subject}
          onClose={moderation.close}
          onReported={moderation.done}
        />
      )}
    </>
  );
}
