import { createBrowserRouter, Navigate, type RouteObject, useLocation } from 'react-router';
import { AdminUsersPage } from '../pages/AdminUsersPage';
import { BoardPage } from '../pages/BoardPage';
import { ChallengePage } from '../pages/ChallengePage';
import { EditChallengePage } from '../pages/EditChallengePage';
import { EditProjectPage } from '../pages/EditProjectPage';
import { IdeaPage } from '../pages/IdeaPage';
import { MyProjectsPage } from '../pages/MyProjectsPage';
import { NewChallengePage } from '../pages/NewChallengePage';
import { NewProjectPage } from '../pages/NewProjectPage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { ProjectorPage } from '../pages/ProjectorPage';
import { ProfilePage } from '../pages/ProfilePage';
import { ProjectPage } from '../pages/ProjectPage';
import { SignInPage } from '../pages/SignInPage';
import { SignUpPage } from '../pages/SignUpPage';
import { UserPage } from '../pages/UserPage';
import { Layout } from './Layout';
import { RouteError } from './RouteError';

/** Another address for a page, keeping the query (`?next=`). */
function Alias({ to }: { to: string }) {
  const { search } = useLocation();
  return <Navigate to={{ pathname: to, search }} replace />;
}

/** Every page of the board. Pages live in src/pages, one file per route. */
export const routes: RouteObject[] = [
  // A challenge on a projector: the whole screen, without the board's header and footer.
  { path: 'challenges/:id/live', element: <ProjectorPage />, errorElement: <RouteError /> },
  {
    element: <Layout />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, element: <BoardPage /> },
          { path: 'challenges', element: <BoardPage /> },
          { path: 'challenges/:id', element: <ChallengePage /> },
          { path: 'challenges/:id/edit', element: <EditChallengePage /> },
          { path: 'ideas/:id', element: <IdeaPage /> },
          { path: 'projects/new', element: <NewProjectPage /> },
          { path: 'projects/:slug', element: <ProjectPage /> },
          { path: 'projects/:slug/edit', element: <EditProjectPage /> },
          { path: 'projects/:slug/challenges/new', element: <NewChallengePage /> },
          { path: 'my-projects', element: <MyProjectsPage /> },
          { path: 'sign-in', element: <SignInPage /> },
          { path: 'sign-up', element: <SignUpPage /> },
          // The French words people may type; the pages themselves have one address each.
          { path: 'connexion', element: <Alias to="/sign-in" /> },
          { path: 'inscription', element: <Alias to="/sign-up" /> },
          { path: 'profile', element: <ProfilePage /> },
          { path: 'users/:id', element: <UserPage /> },
          { path: 'admin/users', element: <AdminUsersPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
