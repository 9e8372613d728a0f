import { Group, Paper, Skeleton } from '@mantine/core';
import classes from './ChallengeCard.module.css';

/** The shape of a card while its challenge loads; hidden from assistive technologies. */
export function ChallengeCardSkeleton() {
  return (
    <Paper className={classes.card} p={{ base: 'md', sm: 'lg' }} radius="lg" shadow="sm" aria-hidden="true">
      <Group justify="space-between">
        <Skeleton height={26} width={72} radius="xl" />
        <Skeleton height={14} width={120} />
      </Group>
      <Skeleton height={22} mt="xs" />
      <Skeleton height={22} width="70%" />
      <Skeleton height={16} width="55%" mt="xs" />
      <Skeleton height={16} width="35%" />
      <Group gap={6} mt="xs">
        <Skeleton height={28} width={96} radius="xl" />
        <Skeleton height={28} width={80} radius="xl" />
      </Group>
      <Skeleton height={18} width={90} mt="md" />
    </Paper>
  );
}
