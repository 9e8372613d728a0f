import { Button } from '@mantine/core';
import { IconArrowLeft, IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { StateMessage } from '../../../ui/StateMessage';

/** What a signed-in person who is not an admin sees on an admins' page. */
export function ForbiddenState() {
  const { t } = useTranslation();
  return (
    <StateMessage
      role="alert"
      icon={<IconLock size={36} stroke={1.6} />}
      title={t('admin.forbidden.title')}
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
      {t('admin.forbidden.body')}
    </StateMessage>
  );
}
