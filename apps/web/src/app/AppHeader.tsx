import { Container } from '@mantine/core';
import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { AccountControls } from '../modules/accounts/components/AccountControls';
import { OuimakeMark } from '../ui/OuimakeMark';
import classes from './Layout.module.css';
import { LanguageSwitch } from './LanguageSwitch';

/** Pages of the board whose address starts with one of these belong to "Challenges". */
const challengePaths = ['/', '/challenges'];

export function AppHeader() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const onChallenges = challengePaths.some((path) => pathname === path || pathname.startsWith(`${path}/`));

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
