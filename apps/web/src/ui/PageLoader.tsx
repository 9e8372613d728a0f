import { Center, Loader, Text } from '@mantine/core';

/** A page (or a part of one) waiting for the API; says what it waits for. */
export function PageLoader({ label }: { label: string }) {
  return (
    <Center py={64} aria-busy="true">
      <Loader color="ink.9" size="md" aria-hidden="true" />
      <Text role="status" ml="md" c="ink.7" size="lg">
        {label}
      </Text>
    </Center>
  );
}
