import { Text } from '@mantine/core';
import { IconEyeOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import classes from './HiddenNotice.module.css';

export interface HiddenNoticeProps {
  kind: 'idea' | 'comment';
  reason: string | null | undefined;
  /** On a sticky note: smaller. */
  compact?: boolean;
}

/**
 * Hidden content, as its author and curators see it: marked hidden, with who else can see it and
 * why it was hidden.
 */
export function HiddenNotice({ kind, reason, compact = false }: HiddenNoticeProps) {
  const { t } = useTranslation();
  return (
    <div className={classes.notice} data-compact={compact || undefined}>
      <IconEyeOff size={compact ? 18 : 22} aria-hidden="true" className={classes.icon} />
      <div>
        <Text fw={800} size={compact ? 'sm' : 'md'}>
          {kind === 'idea' ? t('curation.hiddenIdea') : t('curation.hiddenComment')}
        </Text>
        {reason && (
          <Text size={compact ? 'sm' : 'md'} className={classes.reason}>
            {t('curation.reason', { reason })}
          </Text>
        )}
      </div>
    </div>
  );
}
