import { createBrowserRouter, type RouteObject } from 'react-router';
import { BoardPage } from '../pages/BoardPage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { Layout } from './Layout';
import { RouteError } from './RouteError';

/** Every page of the board. Pages live in src/pages, one file per route. */
export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, element: <BoardPage /> },
          { path: 'challenges', element: <BoardPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
