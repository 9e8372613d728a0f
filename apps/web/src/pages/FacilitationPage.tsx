import { Stack, Text, Title } from '@mantine/core';
import { Role } from '@ouimake/domain';
import { useTranslation } from 'react-i18next';
import { getFragmentData } from '../gql';
import { ForbiddenState } from '../modules/accounts/components/ForbiddenState';
import { RequireSignIn } from '../modules/accounts/components/RequireSignIn';
import { useViewer } from '../modules/accounts/hooks/useViewer';
import { AttentionList } from '../modules/curation/components/AttentionList';
import { AuditLog } from '../modules/curation/components/AuditLog';
import { ReportQueue } from '../modules/curation/components/ReportQueue';
import {
  REPORTS_PAGE_SIZE,
  ReportQueueItemFragment,
  ReportQueueQuery,
} from '../modules/curation/graphql/ReportQueue.query';
import { useDocumentTitle } from '../shared/useDocumentTitle';
import { usePagedQuery } from '../shared/usePagedQuery';

/**
 * `/facilitation`: for facilitators and admins, what needs them (challenges to sort out, reports
 * to handle) and, for admins, the audit log; others are told the page is not theirs.
 */
export function FacilitationPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('facilitation.documentTitle'));
  return (
    <RequireSignIn>
      <Stack gap="xl">
        <Stack gap="sm" maw={760}>
          <Title order={1}>{t('facilitation.title')}</Title>
          <Text size="xl" c="ink.8">
            {t('facilitation.intro')}
          </Text>
        </Stack>
        <FacilitatorsOnly />
      </Stack>
    </RequireSignIn>
  );
}

function FacilitatorsOnly() {
  const { t } = useTranslation();
  const { viewer, isAdmin } = useViewer();
  const allowed = viewer?.role === Role.FACILITATOR || isAdmin;
  if (!allowed) {
    return (
      <ForbiddenState title={t('facilitation.forbidden.title')} body={t('facilitation.forbidden.body')} />
    );
  }
  return <Facilitation isAdmin={isAdmin} />;
}

function Facilitation({ isAdmin }: { isAdmin: boolean }) {
  const reports = usePagedQuery(ReportQueueQuery, {
    variables: { first: REPORTS_PAGE_SIZE },
    connection: (data) => data.reports,
  });
  // Each open report loaded counts for the challenge it is about (none when they could not load).
  const reported = reports.connection
    ? reports.nodes.flatMap((node) => {
        const report = getFragmentData(ReportQueueItemFragment, node);
        const challenge = report.idea?.challenge ?? report.comment?.idea.challenge ?? null;
        return challenge ? [{ id: challenge.id, title: challenge.title }] : [];
      })
    : reports.error
      ? []
      : null;
  return (
    <Stack gap={48}>
      <AttentionList reported={reported} />
      <ReportQueue page={reports} />
      {isAdmin && <AuditLog />}
    </Stack>
  );
}
