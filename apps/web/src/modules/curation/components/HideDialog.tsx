import { useMutation } from '@apollo/client/react';
import { IconEyeOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { HideCommentMutation } from '../graphql/CommentCuration.mutation';
import { HideIdeaMutation } from '../graphql/IdeaCuration.mutation';
import { REASON_MAX, REASON_MIN } from '../validation';
import { ReasonDialog } from './ReasonDialog';

export interface HideDialogProps {
  kind: 'idea' | 'comment';
  id: string;
  /** The idea's title, or whose comment it is. */
  subject: string;
  onClose: () => void;
  /** Once the API has hidden it (the dialog is then closed by its owner). */
  onHidden: () => void;
}

/** Curators hide an idea or a comment with a reason, told to its author and kept in the audit log. */
export function HideDialog({ kind, id, subject, onClose, onHidden }: HideDialogProps) {
  const { t } = useTranslation();
  const [hideIdea] = useMutation(HideIdeaMutation);
  const [hideComment] = useMutation(HideCommentMutation);
  const texts = kind === 'idea' ? 'curation.hideIdea' : 'curation.hideComment';
  return (
    <ReasonDialog
      title={t(`${texts}.title`)}
      subject={subject}
      explanation={t(`${texts}.explanation`)}
      label={t('curation.reasonLabel')}
      hint={t('curation.reasonHint', { min: REASON_MIN, max: REASON_MAX })}
      submitLabel={t(`${texts}.submit`)}
      submitIcon={<IconEyeOff size={20} aria-hidden="true" />}
      send={async (reason) => {
        if (kind === 'idea') await hideIdea({ variables: { id, reason } });
        else await hideComment({ variables: { id, reason } });
        onHidden();
      }}
      onClose={onClose}
    />
  );
}
