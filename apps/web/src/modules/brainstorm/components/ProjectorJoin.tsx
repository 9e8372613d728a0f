import { QRCodeSVG } from 'qrcode.react';
import { useTranslation } from 'react-i18next';
import { joinAddress } from '../joinCode';
import classes from './ProjectorView.module.css';

export interface ProjectorJoinProps {
  code: string;
  /** The board's public address as people type it (`ouimake.local`), without the scheme. */
  host: string;
  /** With the scheme, for the QR code (`https://ouimake.local`). */
  origin: string;
}

/**
 * How the room joins: a QR code to scan, the short address to type and the code alone (for the
 * `/j` page), big enough to read from the back of the room. Never the challenge's long id.
 */
export function ProjectorJoin({ code, host, origin }: ProjectorJoinProps) {
  const { t } = useTranslation();
  const address = joinAddress(host, code);
  return (
    <aside className={classes.joinPanel} aria-labelledby="projector-join">
      <h2 id="projector-join" className={classes.joinTitle}>
        {t('room.projector.joinTitle')}
      </h2>
      <div className={classes.qr}>
        <QRCodeSVG
          value={`${origin}/j/${code}`}
          title={t('room.projector.qr', { url: address })}
          role="img"
          size={256}
          level="M"
          marginSize={2}
          fgColor="#1b1510"
          bgColor="#ffffff"
        />
      </div>
      <p className={classes.joinAt}>
        {t('room.projector.joinAt')}
        {/* A line may break before `/j/`, never inside the code. */}
        <span className={classes.joinAddress} data-testid="join-address">
          {host}
          <wbr />
          {address.slice(host.length)}
        </span>
      </p>
      <p className={classes.joinAt}>
        {t('room.projector.orCode')}
        <span className={classes.joinCode} data-testid="join-code">
          {code}
        </span>
      </p>
    </aside>
  );
}
