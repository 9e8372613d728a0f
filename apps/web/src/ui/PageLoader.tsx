import { Center, Loader, Text } from '@mantine/core';

/**
 * A page (or a part of one) waiting for the API; says what it waits for. As tall as the window, so
 * that the footer stays out of view until the page is there: nothing jumps when it arrives (the
 * challenge page's layout shift was the footer, shown under the loader then pushed away).
 */
export function PageLoader({ label }: { label: string }) {
  return (
    <div style={{ minHeight: '100vh' }}>
      <Center py={64} aria-busy="true">
        <Loader color="ink.9" size="md" aria-hidden="true" />
        <Text role="status" ml="md" c="ink.7" size="lg">
          {label}
        </Text>
      </Center>
    </div>
  );
}
