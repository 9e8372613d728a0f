import { Container } from '@mantine/core';
import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { AccountControls } from '../modules/accounts/components/AccountControls';
import { OuimakeMark } from '../ui/OuimakeMark';
import classes from './Layout.module.css';
import { LanguageSwitch } from './LanguageSwitch';
import { useAuthToken } from '../shared/useAuthToken';

/** Pages of the board whose address starts with one of these belong to "Challenges". */
const challengePaths = ['/', '/challenges'];
/** ...and these to "My projects" (a project's own pages are reached from both). */
const myProjectsPaths = ['/my-projects', '/projects/new'];

function isUnder(pathname: string, paths: string[]): boolean {
  return paths.some((path) => pathname === path || pathname.startsWith(`${path}/`));
}

export function AppHeader() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  // Signed in (the token's owner is checked by the pages themselves): their projects are a click away.
  const signedIn = useAuthToken() !== null;
  const onChallenges = isUnder(pathname, challengePaths);
  const onMyProjects = isUnder(pathname, myProjectsPaths);
  const onEvents = isUnder(pathname, ['/events']);

  return (
    <header className={classes.header}>
      <Container className={classes.headerInner}>
        <Link to="/" className={classes.brand} aria-label={t('app.home')}>
          <OuimakeMark size={36} />
          <span className={classes.wordmark}>{t('app.name')}</span>
        </Link>
        <nav aria-label={t('app.mainNavigation')} className={classes.nav}>
          <ul className={classes.navList}>
            <li>
              <Link to="/" className={classes.navLink} aria-current={onChallenges ? 'page' : undefined}>
                {t('nav.challenges')}
              </Link>
            </li>
            <li>
              <Link to="/events" className={classes.navLink} aria-current={onEvents ? 'page' : undefined}>
                {t('nav.events')}
              </Link>
            </li>
            {signedIn && (
              <li>
                <Link
                  to="/my-projects"
                  className={classes.navLink}
                  aria-current={onMyProjects ? 'page' : undefined}
                >
                  {t('nav.myProjects')}
                </Link>
              </li>
            )}
          </ul>
        </nav>
        <div className={classes.language}>
          <LanguageSwitch />
        </div>
        <div className={classes.account}>
          <AccountControls />
        </div>
      </Container>
    </header>
  );
}
