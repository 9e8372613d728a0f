import { Badge, type BadgeProps } from '@mantine/core';
import { IdeaStatus } from '@ouimake/domain';
import { useTranslation } from 'react-i18next';

const looks: Record<Exclude<IdeaStatus, IdeaStatus.PROPOSED>, Pick<BadgeProps, 'color' | 'variant'>> = {
  [IdeaStatus.SHORTLISTED]: { color: 'ink.9', variant: 'outline' },
  [IdeaStatus.SELECTED]: { color: 'green.9', variant: 'filled' },
  [IdeaStatus.MERGED]: { color: 'ink.7', variant: 'filled' },
};

/** Where curators put an idea: shortlisted, selected or merged; nothing for a plain proposal. */
export function IdeaStatusBadge({ status }: { status: IdeaStatus }) {
  const { t } = useTranslation();
  if (status === IdeaStatus.PROPOSED) return null;
  return (
    <Badge size="md" {...looks[status]}>
      {t(`ideas.status.${status}`)}
    </Badge>
  );
}
