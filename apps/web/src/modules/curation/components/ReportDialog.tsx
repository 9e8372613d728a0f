import { useApolloClient, useMutation } from '@apollo/client/react';
import { ErrorCode } from '@ouimake/domain';
import { IconFlag } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { findApiError } from '../../../shared/apiErrors';
import { message, type MessageRef } from '../../../shared/Message';
import { markReported } from '../cacheUpdates';
import { ReportCommentMutation, ReportIdeaMutation } from '../graphql/Report.mutation';
import { REASON_MAX, REASON_MIN } from '../validation';
import { ReasonDialog } from './ReasonDialog';

export interface ReportDialogProps {
  kind: 'idea' | 'comment';
  id: string;
  /** The idea's title, or whose comment it is. */
  subject: string;
  onClose: () => void;
  /** Reported (or reported before: the API says CONFLICT), with what to tell the person. */
  onReported: (news: MessageRef) => void;
}

/**
 * Anyone signed in reports an idea or a comment to the facilitation team, once, with a reason.
 * Reported already (another tab, before a reload): said so, and shown as reported.
 */
export function ReportDialog({ kind, id, subject, onClose, onReported }: ReportDialogProps) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [reportIdea] = useMutation(ReportIdeaMutation);
  const [reportComment] = useMutation(ReportCommentMutation);
  return (
    <ReasonDialog
      title={kind === 'idea' ? t('report.ideaTitle') : t('report.commentTitle')}
      subject={subject}
      explanation={t('report.explanation')}
      label={t('report.reasonLabel')}
      hint={t('report.reasonHint', { min: REASON_MIN, max: REASON_MAX })}
      submitLabel={t('report.submit')}
      submitIcon={<IconFlag size={20} aria-hidden="true" />}
      send={async (reason) => {
        const content = { __typename: kind === 'idea' ? ('Idea' as const) : ('Comment' as const), id };
        try {
          if (kind === 'idea') await reportIdea({ variables: { id, reason } });
          else await reportComment({ variables: { id, reason } });
        } catch (error) {
          if (!findApiError(error, ErrorCode.CONFLICT)) throw error;
          markReported(client.cache, content);
          onReported(message('report.already'));
          return;
        }
        // Also when the report hid it pending review (the API then no longer returns it to them).
        markReported(client.cache, content);
        onReported(message('report.done'));
      }}
      onClose={onClose}
    />
  );
}
