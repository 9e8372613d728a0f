import { Button } from '@mantine/core';
import { IconCloudOff, IconRefresh } from '@tabler/icons-react';
import { StateMessage } from './StateMessage';

export interface LoadFailedProps {
  title: string;
  body: string;
  retryLabel: string;
  onRetry: () => void;
  /** 1 when the failure is the whole page. */
  titleOrder?: 1 | 2;
}

/** Something could not be fetched: says so, with a button that tries again. */
export function LoadFailed({ title, body, retryLabel, onRetry, titleOrder = 1 }: LoadFailedProps) {
  return (
    <StateMessage
      role="alert"
      titleOrder={titleOrder}
      icon={<IconCloudOff size={36} stroke={1.6} />}
      title={title}
      action={
        <Button size="lg" leftSection={<IconRefresh size={20} aria-hidden="true" />} onClick={onRetry}>
          {retryLabel}
        </Button>
      }
    >
      {body}
    </StateMessage>
  );
}
