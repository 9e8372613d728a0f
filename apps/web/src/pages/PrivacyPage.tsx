import { Alert, Anchor, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { IconArrowRight, IconDatabase, IconFileSpreadsheet } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LegalNoticeQuery } from '../modules/exports/graphql/LegalNotice.query';
import { Provided } from '../modules/exports/components/Provided';
import { useDocumentTitle } from '../shared/useDocumentTitle';
import { PageLoader } from '../ui/PageLoader';

/** What the board stores, in the order the page lists it. */
const STORED = [
  'account',
  'contributions',
  'votes',
  'follows',
  'registrations',
  'notifications',
  'sessions',
  'audit',
  'logs',
] as const;

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper component="section" aria-labelledby={id} p={{ base: 'md', sm: 'lg' }} radius="lg" withBorder>
      <Stack gap="sm">
        <Title order={2} size="h3" id={id}>
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

/** `/privacy` (and `/confidentialite`): what the board stores, why, how long, how to take or erase it. */
export function PrivacyPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('personalData.privacy.documentTitle'));
  const { data, error } = useQuery(LegalNoticeQuery);
  const notice = data?.legalNotice;

  return (
    <Stack gap="xl" maw={760}>
      <Stack gap="sm">
        <Title order={1}>{t('personalData.privacy.title')}</Title>
        <Text size="xl" c="ink.8">
          {t('personalData.privacy.intro')}
        </Text>
      </Stack>
      <Section id="privacy-stores" title={t('personalData.privacy.storesTitle')}>
        <List spacing="xs">
          {STORED.map((kind) => (
            <List.Item key={kind}>{t(`personalData.privacy.stores.${kind}`)}</List.Item>
          ))}
        </List>
      </Section>
      <Section id="privacy-why" title={t('personalData.privacy.whyTitle')}>
        <Text>{t('personalData.privacy.why')}</Text>
      </Section>
      <Section id="privacy-how-long" title={t('personalData.privacy.howLongTitle')}>
        <List spacing="xs">
          {notice && (
            <List.Item>{t('personalData.privacy.howLong.sessions', { count: notice.sessionDays })}</List.Item>
          )}
          <List.Item>{t('personalData.privacy.howLong.links')}</List.Item>
          <List.Item>{t('personalData.privacy.howLong.contributions')}</List.Item>
          <List.Item>{t('personalData.privacy.howLong.deletion')}</List.Item>
          <List.Item>{t('personalData.privacy.howLong.logs')}</List.Item>
        </List>
      </Section>
      <Section id="privacy-rights" title={t('personalData.privacy.rightsTitle')}>
        <Text>{t('personalData.privacy.rights')}</Text>
        <Anchor component={Link} to="/profile" fw={700}>
          <Group gap={4} component="span">
            {t('personalData.privacy.rightsLink')}
            <IconArrowRight size={18} aria-hidden="true" />
          </Group>
        </Anchor>
        {notice && (
          <Stack gap={2}>
            <Text>{t('personalData.privacy.contact')}</Text>
            <Provided value={notice.contact} />
          </Stack>
        )}
      </Section>
      <Section id="privacy-open-data" title={t('personalData.privacy.openDataTitle')}>
        {notice && (
          <>
            <Text>{t('personalData.privacy.openData', { licence: notice.openDataLicence })}</Text>
            <Group gap="lg">
              <Anchor href="/open-data/challenges.json" fw={700}>
                <Group gap={6} component="span" wrap="nowrap">
                  <IconDatabase size={18} aria-hidden="true" />
                  {t('personalData.privacy.openDataJson')}
                </Group>
              </Anchor>
              <Anchor href="/open-data/challenges.csv" fw={700}>
                <Group gap={6} component="span" wrap="nowrap">
                  <IconFileSpreadsheet size={18} aria-hidden="true" />
                  {t('personalData.privacy.openDataCsv')}
                </Group>
              </Anchor>
              <Anchor href={notice.openDataLicenceUrl} rel="noopener noreferrer" fw={700}>
                {t('personalData.privacy.licenceLink')}
              </Anchor>
            </Group>
          </>
        )}
        {!notice && !error && <PageLoader label={t('personalData.privacy.loading')} />}
        {!notice && error && (
          <Alert color="red" variant="light" role="alert">
            {t('personalData.privacy.failed')}
          </Alert>
        )}
      </Section>
      <Anchor component={Link} to="/legal" fw={700}>
        {t('personalData.privacy.legalLink')}
      </Anchor>
    </Stack>
  );
}
