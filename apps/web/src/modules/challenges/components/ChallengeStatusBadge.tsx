import { ChallengeStatus } from '@ouimake/domain';
import { Badge, type BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const looks: Record<ChallengeStatus, Pick<BadgeProps, 'color' | 'variant'>> = {
  [ChallengeStatus.OPEN]: { color: 'sun', variant: 'filled' },
  [ChallengeStatus.CLOSED]: { color: 'ink.7', variant: 'filled' },
  [ChallengeStatus.DRAFT]: { color: 'ink.9', variant: 'outline' },
};

/** Where a challenge is in its life: open for ideas, closed, or still a draft. */
export function ChallengeStatusBadge({ status }: { status: ChallengeStatus }) {
  const { t } = useTranslation();
  return (
    <Badge size="lg" {...looks[status]}>
      {t(`challenge.status.${status}`)}
    </Badge>
  );
}
