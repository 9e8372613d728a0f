import { Button } from '@mantine/core';
import { IconMoodSad, IconRefresh } from '@tabler/icons-react';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { StateMessage } from '../ui/StateMessage';
import { useDocumentTitle } from '../shared/useDocumentTitle';

/** Shown inside the layout when a page throws while rendering, instead of a blank screen. */
export function RouteError() {
  const { t } = useTranslation();
  useDocumentTitle(t('routeError.documentTitle'));
  return (
    <StateMessage
      role="alert"
      titleOrder={1}
      icon={<IconMoodSad size={36} stroke={1.6} />}
      title={t('routeError.title')}
      action={
        <Button
          size="lg"
          leftSection={<IconRefresh size={20} aria-hidden="true" />}
          onClick={() => window.location.reload()}
        >
          {t('routeError.reload')}
        </Button>
      }
    >
      {t('routeError.body')}
    </StateMessage>
  );
}

interface BoundaryProps {
  /** The address shown: another one renders the page again (the crash was this page's). */
  pathname: string;
  children: ReactNode;
}

interface BoundaryState {
  failed: boolean;
  /** The address the state is about. */
  pathname: string;
}

class PageBoundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { failed: false, pathname: this.props.pathname };

  static getDerivedStateFromError(): Partial<BoundaryState> {
    return { failed: true };
  }

  static getDerivedStateFromProps(props: BoundaryProps, state: BoundaryState): Partial<BoundaryState> | null {
    return props.pathname === state.pathname ? null : { failed: false, pathname: props.pathname };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // The person sees a plain message; the details are for whoever opens the console.
    console.error(error, info.componentStack);
  }

  override render(): ReactNode {
    return this.state.failed ? <RouteError /> : this.props.children;
  }
}

/**
 * Keeps a page's crash inside the page: the header and footer stay, with a message and a reload
 * button in its place; following a link to another address shows that page again.
 */
export function PageErrorBoundary({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  return <PageBoundary pathname={pathname}>{children}</PageBoundary>;
}
