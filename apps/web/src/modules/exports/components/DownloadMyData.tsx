import { Button, Stack, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useDownload } from '../hooks/useDownload';
import { DownloadFeedback } from './DownloadFeedback';

/** The path of the signed-in person's own data. */
export const ACCOUNT_EXPORT_PATH = '/account/export.json';

/** "Download my data": everything the board holds about the signed-in person, as JSON. */
export function DownloadMyData() {
  const { t } = useTranslation();
  const state = useDownload();
  return (
    <Stack gap={6} align="flex-start">
      <Button
        variant="default"
        leftSection={<IconDownload size={18} aria-hidden="true" />}
        loading={state.pending !== null}
        onClick={() => void state.download(ACCOUNT_EXPORT_PATH, 'ouimake-my-data.json')}
      >
        {t('personalData.profile.download')}
      </Button>
      <Text size="sm" c="ink.7">
        {t('personalData.profile.downloadHint')}
      </Text>
      <DownloadFeedback state={state} />
    </Stack>
  );
}
