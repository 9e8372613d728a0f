import { Button } from '@mantine/core';
import { IconArrowLeft, IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { StateMessage } from '../../../ui/StateMessage';

/**
 * What a signed-in person without the role sees on a page for some roles only: an admins' page by
 * default, or another one's `title` and `body`.
 */
export function ForbiddenState({ title, body }: { title?: string; body?: string } = {}) {
  const { t } = useTranslation();
  return (
    <StateMessage
      role="alert"
      icon={<IconLock size={36} stroke={1.6} />}
      title={title ?? t('admin.forbidden.title')}
      action={
        <Button
          component={Link}
          to="/"
          size="lg"
          leftSection={<IconArrowLeft size={20} aria-hidden="true" />}
        >
          {t('admin.forbidden.back')}
        </Button>
      }
    >
      {body ?? t('admin.forbidden.body')}
    </StateMessage>
  );
}
