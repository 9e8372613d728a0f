import { Alert, Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LegalNoticeQuery } from '../modules/exports/graphql/LegalNotice.query';
import { Provided } from '../modules/exports/components/Provided';
import { useDocumentTitle } from '../shared/useDocumentTitle';
import { PageLoader } from '../ui/PageLoader';

function Entry({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Stack gap={4} component="section" aria-labelledby={id}>
      <Title order={2} size="h4" id={id}>
        {title}
      </Title>
      {children}
    </Stack>
  );
}

/** `/legal` (and `/mentions-legales`): who publishes and hosts the board, from its configuration. */
export function LegalPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('personalData.legal.documentTitle'));
  const { data, error } = useQuery(LegalNoticeQuery);
  const notice = data?.legalNotice;

  return (
    <Stack gap="xl" maw={760}>
      <Stack gap="sm">
        <Title order={1}>{t('personalData.legal.title')}</Title>
        <Text size="xl" c="ink.8">
          {t('personalData.legal.intro')}
        </Text>
      </Stack>
      {!notice && !error && <PageLoader label={t('personalData.privacy.loading')} />}
      {!notice && error && (
        <Alert color="red" variant="light" role="alert">
          {t('personalData.privacy.failed')}
        </Alert>
      )}
      {notice && (
        <Paper p={{ base: 'md', sm: 'lg' }} radius="lg" withBorder>
          <Stack gap="lg">
            <Entry id="legal-publisher" title={t('personalData.legal.publisher')}>
              <Provided value={notice.publisher} />
            </Entry>
            <Entry id="legal-host" title={t('personalData.legal.host')}>
              <Provided value={notice.host} />
            </Entry>
            <Entry id="legal-contact" title={t('personalData.legal.contact')}>
              <Provided value={notice.contact} />
            </Entry>
            <Entry id="legal-address" title={t('personalData.legal.address')}>
              <Provided value={notice.publicUrl} />
            </Entry>
            <Entry id="legal-licence" title={t('personalData.legal.licence')}>
              <Anchor href={notice.openDataLicenceUrl} rel="noopener noreferrer">
                {notice.openDataLicence}
              </Anchor>
            </Entry>
          </Stack>
        </Paper>
      )}
      <Text c="ink.7">{t('personalData.legal.software')}</Text>
      <Anchor component={Link} to="/privacy" fw={700}>
        {t('personalData.legal.privacyLink')}
      </Anchor>
    </Stack>
  );
}
