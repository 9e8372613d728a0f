import { Button } from '@mantine/core';
import { IconArrowLeft, IconMapQuestion } from '@tabler/icons-react';
import { Link } from 'react-router';
import { StateMessage } from './StateMessage';

export interface MissingProps {
  title: string;
  body: string;
  back: { to: string; label: string };
}

/** What a page was about does not exist (or may not be seen): says so, and a way back. */
export function Missing({ title, body, back }: MissingProps) {
  return (
    <StateMessage
      titleOrder={1}
      icon={<IconMapQuestion size={36} stroke={1.6} />}
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
