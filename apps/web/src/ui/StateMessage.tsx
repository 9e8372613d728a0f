import { Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import classes from './StateMessage.module.css';

export interface StateMessageProps {
  icon: ReactNode;
  title: string;
  children: ReactNode;
  /** A button or link that gets the reader going again. */
  action?: ReactNode;
  /** `alert` for failures, so screen readers announce them. */
  role?: 'alert' | 'status';
  /** 1 when the message is the whole page (not found), 2 inside a page. */
  titleOrder?: 1 | 2;
}

/** An empty, failed or missing state: says what happened and what to do, in plain words. */
export function StateMessage({ icon, title, children, action, role, titleOrder = 2 }: StateMessageProps) {
  return (
    <Paper className={classes.root} role={role} p={{ base: 'lg', sm: 'xl' }} radius="lg">
      <Stack align="center" gap="md" maw={520} mx="auto" ta="center">
        <ThemeIcon size={72} radius="xl" color="sun" aria-hidden="true">
          {icon}
        </ThemeIcon>
        <Title order={titleOrder} size="h2">
          {title}
        </Title>
        <Text c="ink.7" size="lg">
          {children}
        </Text>
        {action}
      </Stack>
    </Paper>
  );
}
