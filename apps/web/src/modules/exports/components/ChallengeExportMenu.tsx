import { Button, Menu, Stack, Text } from '@mantine/core';
import {
  IconChevronDown,
  IconDownload,
  IconFileSpreadsheet,
  IconFileText,
  IconMessages,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useDownload } from '../hooks/useDownload';
import { boardLanguage } from '../language';
import { DownloadFeedback } from './DownloadFeedback';

/**
 * "Export" on a challenge's page: the challenge as the viewer sees it, as Markdown (with or
 * without the comments) or as CSV for a spreadsheet, in the board's language.
 */
export function ChallengeExportMenu({ challengeId }: { challengeId: string }) {
  const { t, i18n } = useTranslation();
  const state = useDownload();
  const lang = boardLanguage(i18n);
  const base = `/challenges/${encodeURIComponent(challengeId)}`;
  const files = [
    {
      path: `${base}/export.md?lang=${lang}`,
      name: 'challenge.md',
      label: t('personalData.challengeExport.markdown'),
      hint: t('personalData.challengeExport.markdownHint'),
      icon: <IconFileText size={20} aria-hidden="true" />,
    },
    {
      path: `${base}/export.md?comments=1&lang=${lang}`,
      name: 'challenge.md',
      label: t('personalData.challengeExport.markdownComments'),
      hint: t('personalData.challengeExport.markdownCommentsHint'),
      icon: <IconMessages size={20} aria-hidden="true" />,
    },
    {
      path: `${base}/export.csv?lang=${lang}`,
      name: 'challenge.csv',
      label: t('personalData.challengeExport.csv'),
      hint: t('personalData.challengeExport.csvHint'),
      icon: <IconFileSpreadsheet size={20} aria-hidden="true" />,
    },
  ];

  return (
    <Stack gap={6} align="flex-end" maw="100%">
      <Menu position="bottom-end" shadow="md" width={300} withinPortal>
        <Menu.Target>
          <Button
            variant="default"
            aria-label={t('personalData.challengeExport.label')}
            leftSection={<IconDownload size={18} aria-hidden="true" />}
            rightSection={<IconChevronDown size={16} aria-hidden="true" />}
            loading={state.pending !== null}
          >
            {t('personalData.challengeExport.menu')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {files.map((file) => (
            <Menu.Item
              key={file.path}
              leftSection={file.icon}
              onClick={() => void state.download(file.path, file.name)}
            >
              <Text fw={700} size="sm">
                {file.label}
              </Text>
              <Text size="xs" c="ink.7">
                {file.hint}
              </Text>
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
      <DownloadFeedback state={state} />
    </Stack>
  );
}
