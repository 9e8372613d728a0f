import { Alert, Text } from '@mantine/core';
import { IconCloudOff } from '@tabler/icons-react';
import classes from './PendingSends.module.css';

export interface PendingSendsProps {
  /** "No connection: your idea is kept on this device". */
  title: string;
  /** What happens next. */
  help: string;
  /** One line per thing waiting, oldest first. */
  items: Array<{ key: string; label: string }>;
}

/**
 * What a form keeps on the device while the connection is down (see shared/outbox.ts), said
 * politely to screen readers as it appears and as it goes.
 */
export function PendingSends({ title, help, items }: PendingSendsProps) {
  return (
    <div role="status">
      {items.length > 0 && (
        <Alert
          variant="light"
          color="ink"
          radius="md"
          icon={<IconCloudOff aria-hidden="true" />}
          title={title}
        >
          <Text size="sm">{help}</Text>
          <ul className={classes.list}>
            {items.map((item) => (
              <li key={item.key}>{item.label}</li>
            ))}
          </ul>
        </Alert>
      )}
    </div>
  );
}
