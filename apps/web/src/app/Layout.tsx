import { Anchor, Container, Group, Stack, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { AccountDeletedNotice } from '../modules/accounts/components/AccountDeletedNotice';
import { AppHeader } from './AppHeader';
import classes from './Layout.module.css';
import { OfflineNotice } from '../shared/OfflineNotice';

/** Every page: skip link, header, the page itself in <main>, footer; a notice when live updates are lost. */
export function Layout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const main = useRef<HTMLElement>(null);
  const shownPath = useRef(pathname);

  // After a navigation inside the board, start reading (and tabbing) from the new page's content.
  useEffect(() => {
    if (shownPath.current === pathname) return;
    shownPath.current = pathname;
    main.current?.focus();
    window.scrollTo(0, 0);
  }, [pathname]);

  return (
    <div className={classes.shell}>
      <a href="#main" className={classes.skipLink}>
        {t('app.skipToContent')}
      </a>
      <AppHeader />
      <main id="main" ref={main} tabIndex={-1} className={classes.main}>
        <Container py={{ base: 'xl', sm: 48 }}>
          <AccountDeletedNotice />
          <Outlet />
        </Container>
      </main>
      <footer className={classes.footer}>
        <Container>
          <Stack gap="xs">
            <Text size="sm" c="ink.7">
              {t('app.footer')}
            </Text>
            <Group component="nav" aria-label={t('siteFooter.label')} gap="lg">
              <Anchor component={Link} to="/privacy" size="sm" fw={700}>
                {t('siteFooter.privacy')}
              </Anchor>
              <Anchor component={Link} to="/legal" size="sm" fw={700}>
                {t('siteFooter.legal')}
              </Anchor>
              <Anchor href="/open-data/challenges.json" size="sm" fw={700}>
                {t('siteFooter.openData')}
              </Anchor>
            </Group>
          </Stack>
        </Container>
      </footer>
      <OfflineNotice />
    </div>
  );
}
