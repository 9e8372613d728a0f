import { Anchor, Group } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { Link } from 'react-router';

/** A quiet way back above a page's title ("← La Coopérative des Créateurs"). */
export function BackLink({ to, children }: { to: string; children: string }) {
  return (
    <Anchor component={Link} to={to} fw={700} underline="hover" size="md">
      <Group gap={6} component="span" wrap="nowrap">
        <IconArrowLeft size={18} aria-hidden="true" />
        <span>{children}</span>
      </Group>
    </Anchor>
  );
}
