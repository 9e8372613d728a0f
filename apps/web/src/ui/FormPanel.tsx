import { Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export interface FormPanelProps {
  title: string;
  intro: ReactNode;
  children: ReactNode;
  /** Below the form: a way to the other form ("no account yet?"). */
  footer?: ReactNode;
}

/** A page that is one short form (sign in, create an account): a card in the middle of the board. */
export function FormPanel({ title, intro, children, footer }: FormPanelProps) {
  return (
    <Paper maw={520} mx="auto" p={{ base: 'lg', sm: 40 }} radius="lg" shadow="sm" withBorder bg="white">
      <Stack gap="xl">
        <Stack gap="xs">
          <Title order={1} size="h1">
            {title}
          </Title>
          <Text size="lg" c="ink.7">
            {intro}
          </Text>
        </Stack>
        {children}
        {footer && (
          <Text ta="center" size="md" pt="md" style={{ borderTop: '1px dashed var(--ouimake-line)' }}>
            {footer}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
