import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCheck, IconEyeOff, IconFlag, IconMessageCircle } from '@tabler/icons-react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type FragmentType, getFragmentData } from '../../../gql';
import type { ReportQueueItem_ReportFragment } from '../../../gql/graphql';
import { Message, type MessageRef } from '../../../shared/Message';
import type { PagedConnection, PagedQuery } from '../../../shared/usePagedQuery';
import { LoadFailed } from '../../../ui/LoadFailed';
import { StateMessage } from '../../../ui/StateMessage';
import { excerpt } from '../../ideas/components/IdeaCard';
import { ReportQueueItemFragment } from '../graphql/ReportQueue.query';
import { useResolveReport } from '../hooks/useResolveReport';
import { ActionFeedback } from './ActionFeedback';
import classes from './Facilitation.module.css';

type Report = ReportQueueItem_ReportFragment;
type Connection = PagedConnection<{ id: string } & FragmentType<typeof ReportQueueItemFragment>> & {
  totalCount: number;
};

/** What a report is about: the idea or the comment's id (several reports may share it). */
export function contentOf(report: Report): string | null {
  return report.idea?.id ?? report.comment?.id ?? null;
}

/**
 * The open reports, oldest first: what was reported (the idea or the comment, where, by whom),
 * who reported it and why; one click hides it or dismisses the report. A decision resolves every
 * report of the same content, which all leave the queue.
 */
export function ReportQueue({ page }: { page: PagedQuery<unknown, Connection> }) {
  const { t } = useTranslation();
  const { resolve, busy, news, failure } = useResolveReport();
  const heading = useRef<HTMLHeadingElement>(null);
  const reports = page.nodes.map((node) => getFragmentData(ReportQueueItemFragment, node));
  const total = page.connection?.totalCount ?? 0;

  const decide = async (report: Report, hide: boolean) => {
    const content = contentOf(report);
    const siblings = reports
      .filter((other) => other.id !== report.id && content !== null && contentOf(other) === content)
      .map((other) => other.id);
    const index = reports.findIndex((other) => other.id === report.id);
    const done = await resolve({ id: report.id, reporterName: report.reporter.displayName, siblings }, hide);
    if (!done) return;
    // Its card is gone: on to the next report, or back to the heading when none is left.
    setTimeout(() => {
      const cards = document.querySelectorAll<HTMLElement>('[data-report-card]');
      (cards[Math.min(index, cards.length - 1)] ?? heading.current)?.focus();
    }, 0);
  };

  let body;
  if (page.error) {
    body = (
      <LoadFailed
        titleOrder={2}
        title={t('facilitation.reports.error')}
        body={t('form.errors.network')}
        retryLabel={t('facilitation.reports.retry')}
        onRetry={page.retry}
      />
    );
  } else if (page.isLoading) {
    body = (
      <Text c="ink.7" role="status" aria-busy="true">
        {t('facilitation.reports.loading')}
      </Text>
    );
  } else if (reports.length === 0) {
    body = (
      <StateMessage icon={<IconCheck size={36} />} title={t('facilitation.reports.empty.title')}>
        {t('facilitation.reports.empty.body')}
      </StateMessage>
    );
  } else {
    body = (
      <ol className={classes.reports} aria-label={t('facilitation.reports.list')}>
        {reports.map((report) => (
          <li key={report.id}>
            <ReportCard
              report={report}
              busy={busy !== null}
              failure={failure?.reportId === report.id ? failure.message : null}
              onHide={() => void decide(report, true)}
              onDismiss={() => void decide(report, false)}
            />
          </li>
        ))}
      </ol>
    );
  }

  return (
    <section aria-labelledby="facilitation-reports" className={classes.section}>
      <Group justify="space-between" align="baseline" gap="sm">
        <Title order={2} id="facilitation-reports" ref={heading} tabIndex={-1} className={classes.heading}>
          <IconFlag size={26} aria-hidden="true" />
          {t('facilitation.reports.title')}
        </Title>
        {page.connection && (
          <Badge size="lg" variant={total > 0 ? 'filled' : 'default'} color={total > 0 ? 'ink.9' : undefined}>
            {t('facilitation.reports.count', { count: total })}
          </Badge>
        )}
      </Group>
      <ActionFeedback news={news} failure={null} />
      {body}
      {page.hasMore && (
        <Group>
          <Button
            variant="default"
            size="md"
            loading={page.isLoadingMore}
            onClick={() => void page.loadMore()}
          >
            {t('facilitation.reports.more')}
          </Button>
        </Group>
      )}
    </section>
  );
}

function ReportCard({
  report,
  busy,
  failure,
  onHide,
  onDismiss,
}: {
  report: Report;
  busy: boolean;
  failure: MessageRef | null;
  onHide: () => void;
  onDismiss: () => void;
}) {
  const { t } = useTranslation();
  const { idea, comment } = report;
  const content = idea ?? comment;
  const ideaOf = idea ?? comment?.idea ?? null;
  const challenge = idea?.challenge ?? comment?.idea.challenge ?? null;
  const reporter = report.reporter.displayName;
  const titleId = `report-${report.id}`;

  return (
    <Paper
      component="article"
      aria-labelledby={titleId}
      className={classes.report}
      radius="md"
      p="lg"
      withBorder
      tabIndex={-1}
      data-report-card
    >
      <Stack gap="sm">
        <Group gap="xs">
          <Badge
            size="md"
            variant="outline"
            color="ink.9"
            leftSection={comment ? <IconMessageCircle size={14} aria-hidden="true" /> : undefined}
          >
            {comment ? t('facilitation.reports.comment') : t('facilitation.reports.idea')}
          </Badge>
          {content?.hidden && (
            <Badge
              size="md"
              variant="filled"
              color="ink.7"
              leftSection={<IconEyeOff size={14} aria-hidden="true" />}
            >
              {t('facilitation.reports.hiddenAlready')}
            </Badge>
          )}
        </Group>
        <Title order={3} size="h4" id={titleId} className={classes.reportTitle}>
          {idea
            ? idea.title
            : comment
              ? t('facilitation.reports.quote', { text: excerpt(comment.body, 200) })
              : t('facilitation.reports.gone')}
        </Title>
        {idea && idea.body.trim() && <Text className={classes.excerpt}>{excerpt(idea.body, 220)}</Text>}
        {content && (
          <Text size="sm" c="ink.7">
            {[
              t('facilitation.reports.author', { name: content.author.displayName }),
              comment ? t('facilitation.reports.commentOn', { title: comment.idea.title }) : null,
              challenge ? t('facilitation.reports.challenge', { title: challenge.title }) : null,
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
        )}
        {content?.hidden && content.hiddenReason && (
          <Text size="sm" c="ink.8">
            {t('curation.reason', { reason: content.hiddenReason })}
          </Text>
        )}
        <div className={classes.reason}>
          <Text size="sm" fw={800} c="ink.8">
            {t('facilitation.reports.reason')}
          </Text>
          <Text className={classes.reasonText}>{report.reason}</Text>
          <Text size="sm" c="ink.7">
            {t('facilitation.reports.reportedBy', { name: reporter, date: new Date(report.createdAt) })}
          </Text>
        </div>
        <Group gap="sm">
          {ideaOf && (
            <Anchor
              component={Link}
              to={`/ideas/${ideaOf.id}`}
              fw={700}
              aria-label={t('facilitation.reports.openLabel', { title: ideaOf.title })}
            >
              {t('facilitation.reports.open')}
            </Anchor>
          )}
          <Group gap="sm" ml="auto">
            {content && (
              <Button
                size="md"
                color="red.9"
                aria-label={t('facilitation.reports.hideLabel', { name: reporter })}
                aria-disabled={busy || undefined}
                leftSection={<IconEyeOff size={20} aria-hidden="true" />}
                onClick={() => !busy && onHide()}
              >
                {t('facilitation.reports.hide')}
              </Button>
            )}
            <Button
              size="md"
              variant="default"
              aria-label={t('facilitation.reports.dismissLabel', { name: reporter })}
              aria-disabled={busy || undefined}
              leftSection={<IconCheck size={20} aria-hidden="true" />}
              onClick={() => !busy && onDismiss()}
            >
              {t('facilitation.reports.dismiss')}
            </Button>
          </Group>
        </Group>
        {failure && (
          <Text role="alert" c="red.9" fw={700} size="sm">
            <Message message={failure} />
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
