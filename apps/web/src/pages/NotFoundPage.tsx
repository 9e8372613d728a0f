import { Button } from '@mantine/core';
import { IconArrowLeft, IconMapQuestion } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentTitle } from '../shared/useDocumentTitle';
import { StateMessage } from '../ui/StateMessage';

/** Any address the board does not know. */
export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('notFound.documentTitle'));
  return (
    <StateMessage
      titleOrder={1}
      icon={<IconMapQuestion size={36} stroke={1.6} />}
      title={t('notFound.title')}
      action={
        <Button
          component={Link}
          to="/"
          size="lg"
          leftSection={<IconArrowLeft size={20} aria-hidden="true" />}
        >
          {t('notFound.back')}
        </Button>
      }
    >
      {t('notFound.body')}
    </StateMessage>
  );
}
