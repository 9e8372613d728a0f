import { Button } from '@mantine/core';
import { IconMoodSad, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { StateMessage } from '../ui/StateMessage';
import { useDocumentTitle } from '../shared/useDocumentTitle';

/** Shown inside the layout when a page throws while rendering, instead of a blank screen. */
export function RouteError() {
  const { t } = useTranslation();
  useDocumentTitle(t('routeError.documentTitle'));
  return (
    <StateMessage
      role="alert"
      titleOrder={1}
      icon={<IconMoodSad size={36} stroke={1.6} />}
      title={t('routeError.title')}
      action={
        <Button
          size="lg"
          leftSection={<IconRefresh size={20} aria-hidden="true" />}
          onClick={() => window.location.reload()}
        >
          {t('routeError.reload')}
        </Button>
      }
    >
      {t('routeError.body')}
    </StateMessage>
  );
}
