import { Alert, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Message } from '../../../shared/Message';
import type { Download } from '../hooks/useDownload';

/** What became of a download: why it failed (read out at once), or politely that it is done. */
export function DownloadFeedback({ state }: { state: Pick<Download, 'failure' | 'done' | 'pending'> }) {
  const { t } = useTranslation();
  return (
    <>
      {state.failure && (
        <Alert role="alert" color="red" variant="light" icon={<IconAlertTriangle aria-hidden="true" />}>
          <Message message={state.failure} />
        </Alert>
      )}
      <Text role="status" size="sm" c="ink.7" aria-live="polite">
        {state.pending ? t('personalData.download.busy') : state.done ? t('personalData.download.done') : ''}
      </Text>
    </>
  );
}
