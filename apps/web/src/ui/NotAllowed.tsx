import { Button } from '@mantine/core';
import { IconArrowLeft, IconLock } from '@tabler/icons-react';
import { Link } from 'react-router';
import { StateMessage } from './StateMessage';

export interface NotAllowedProps {
  title: string;
  body: string;
  back: { to: string; label: string };
}

/** A page the signed-in person may not use (not a holder of the project): says why, and a way back. */
export function NotAllowed({ title, body, back }: NotAllowedProps) {
  return (
    <StateMessage
      role="alert"
      titleOrder={1}
      icon={<IconLock size={36} stroke={1.6} />}
      title={title}
      action={
        <Button
          component={Link}
          to={back.to}
          size="lg"
          leftSection={<IconArrowLeft size={20} aria-hidden="true" />}
        >
          {back.label}
        </Button>
      }
    >
      {body}
    </StateMessage>
  );
}
