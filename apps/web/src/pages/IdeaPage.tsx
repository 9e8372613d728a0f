import { Button, Group, Stack } from '@mantine/core';
import { ChallengeStatus } from '@ouimake/domain';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { getFragmentData } from '../gql';
import { useViewer } from '../modules/accounts/hooks/useViewer';
import { CommentThread } from '../modules/ideas/components/CommentThread';
import { IdeaView } from '../modules/ideas/components/IdeaView';
import { COMMENTS_PAGE_SIZE, IdeaPageQuery } from '../modules/ideas/graphql/IdeaPage.query';
import { IdeaViewFragment } from '../modules/ideas/graphql/IdeaView.fragment';
import { useChallengeActivity } from '../modules/live/hooks/useChallengeActivity';
import { useDocumentTitle } from '../shared/useDocumentTitle';
import { usePagedQuery } from '../shared/usePagedQuery';
import { BackLink } from '../ui/BackLink';
import { LoadFailed } from '../ui/LoadFailed';
import { Missing } from '../ui/Missing';
import { PageLoader } from '../ui/PageLoader';

/** `/ideas/:id`: one idea, its full text, and the conversation about it, live. */
export function IdeaPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { viewer } = useViewer();
  const page = usePagedQuery(IdeaPageQuery, {
    variables: { id, first: COMMENTS_PAGE_SIZE },
    connection: (data) => data.idea?.comments,
  });
  const { data, error } = page;
  const idea = data?.idea ? getFragmentData(IdeaViewFragment, data.idea) : null;
  const missing = data !== undefined && !data.idea;
  // Live too: new comments, votes and rounds show as they happen.
  useChallengeActivity(idea?.challenge.id ?? null, { viewerId: viewer?.id ?? null });
  useDocumentTitle(
    idea
      ? t('ideas.view.documentTitle', { title: idea.title })
      : missing
        ? t('ideas.view.notFound.documentTitle')
        : t('app.name'),
  );

  if (data?.idea && idea) {
    return (
      <Stack gap="xl">
        <BackLink to={`/challenges/${idea.challenge.id}`}>{idea.challenge.title}</BackLink>
        <IdeaView idea={data.idea} />
        <CommentThread
          ideaId={idea.id}
          comments={page.nodes}
          viewerId={viewer?.id ?? null}
          canComment={idea.challenge.status === ChallengeStatus.OPEN}
          canCurate={idea.challenge.viewerCanCurate}
        />
        {page.hasMore && (
          <Group>
            <Button
              variant="default"
              size="md"
              loading={page.isLoadingMore}
              onClick={() => void page.loadMore()}
            >
              {t('comments.more')}
            </Button>
          </Group>
        )}
      </Stack>
    );
  }
  if (missing) {
    return (
      <Missing
        title={t('ideas.view.notFound.title')}
        body={t('ideas.view.notFound.body')}
        back={{ to: '/', label: t('challengePage.back') }}
      />
    );
  }
  if (error) {
    return (
      <LoadFailed
        title={t('ideas.view.error.title')}
        body={t('ideas.view.error.body')}
        retryLabel={t('challengePage.error.retry')}
        onRetry={page.retry}
      />
    );
  }
  return <PageLoader label={t('ideas.view.loading')} />;
}
