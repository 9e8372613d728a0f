import { Role } from '@ouimake/domain';
import { Badge, type BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const looks: Record<Role, Pick<BadgeProps, 'color' | 'variant'>> = {
  [Role.MEMBER]: { color: 'ink.9', variant: 'outline' },
  [Role.FACILITATOR]: { color: 'sun', variant: 'filled' },
  [Role.ADMIN]: { color: 'ink.9', variant: 'filled' },
};

/** What a person may do on the board: member, facilitator or admin. */
export function RoleBadge({ role, size = 'lg' }: { role: Role; size?: BadgeProps['size'] }) {
  const { t } = useTranslation();
  return (
    <Badge size={size} {...looks[role]}>
      {t(`role.${role}`)}
    </Badge>
  );
}
