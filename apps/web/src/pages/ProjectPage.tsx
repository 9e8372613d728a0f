import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useDocumentTitle } from '../shared/useDocumentTitle';
import { getFragmentData } from '../gql';
import { ProjectView } from '../modules/projects/components/ProjectView';
import { ProjectViewFragment } from '../modules/projects/graphql/ProjectView.fragment';
import { useProjectPage } from '../modules/projects/hooks/useProjectPage';
import { LoadFailed } from '../ui/LoadFailed';
import { Missing } from '../ui/Missing';
import { PageLoader } from '../ui/PageLoader';

/** `/projects/:slug`: a project, its holders and its challenges. */
export function ProjectPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const page = useProjectPage(slug);
  const project = page.project ? getFragmentData(ProjectViewFragment, page.project) : null;
  useDocumentTitle(
    project
      ? t('projectPage.documentTitle', { name: project.name })
      : page.missing
        ? t('projectPage.notFound.documentTitle')
        : t('app.name'),
  );

  if (page.project) {
    return (
      <ProjectView
        project={page.project}
        challenges={{
          items: page.challenges,
          total: page.totalChallenges,
          hasMore: page.hasMore,
          isLoadingMore: page.isLoadingMore,
          loadMoreFailed: page.loadMoreFailed,
          loadMore: () => void page.loadMore(),
        }}
      />
    );
  }
  if (page.missing) {
    return (
      <Missing
        title={t('projectPage.notFound.title')}
        body={t('projectPage.notFound.body')}
        back={{ to: '/', label: t('projectPage.notFound.back') }}
      />
    );
  }
  if (page.error) {
    return (
      <LoadFailed
        title={t('projectPage.error.title')}
        body={t('projectPage.error.body')}
        retryLabel={t('projectPage.error.retry')}
        onRetry={page.retry}
      />
    );
  }
  return <PageLoader label={t('projectPage.loading')} />;
}
