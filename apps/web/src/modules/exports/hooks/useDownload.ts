import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { message, type MessageRef } from '../../../shared/Message';
import { bearer, type TokenStore, tokenStore } from '../../../shared/tokenStore';

/** The file name a response's Content-Disposition gives (`filename*` first), or null. */
export function fileNameFrom(disposition: string | null): string | null {
  if (!disposition) return null;
  const extended = /filename\*\s*=\s*([\w-]+)'[^']*'([^;]+)/i.exec(disposition);
  if (extended) {
    try {
      return decodeURIComponent(extended[2].trim());
    } catch {
      // A malformed encoding: the plain name below, if any.
    }
  }
  const plain = /filename\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;\s]+))/i.exec(disposition);
  if (!plain) return null;
  const name = plain[1] !== undefined ? plain[1].replace(/\\(.)/g, '$1') : plain[2];
  return name.trim() === '' ? null : name;
}

/** Why a file was refused, as the person reads it. */
function refusal(status: number): MessageRef {
  if (status === 401) return message('personalData.download.errors.signedOut');
  if (status === 403) return message('personalData.download.errors.forbidden');
  if (status === 404) return message('personalData.download.errors.notFound');
  return message('personalData.download.errors.unknown');
}

/** Hands a file to the browser as a download, through a temporary link. */
function save(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The browser reads the object while the download starts: freed a little later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export interface Download {
  /**
   * Fetches one of the API's files (`/challenges/…/export.csv`) signed in with the board's token,
   * and saves it under the name the API gives (`fallbackName` when it gives none). Resolves to
   * whether the file was saved; a refusal or a network failure shows as `failure`, never as a throw.
   */
  download: (path: string, fallbackName: string) => Promise<boolean>;
  /** The path being fetched, or null. */
  pending: string | null;
  /** Why the last download failed, or null. */
  failure: MessageRef | null;
  /** The last download succeeded (for a polite "file downloaded"). */
  done: boolean;
}

/**
 * Downloads the API's files. The token is not a cookie, so a plain link would go signed out: the
 * file is fetched with the Authorization header, then handed to the browser as an object URL.
 */
export function useDownload(store: TokenStore = tokenStore): Download {
  const { i18n } = useTranslation();
  const [pending, setPending] = useState<string | null>(null);
  const [failure, setFailure] = useState<MessageRef | null>(null);
  const [done, setDone] = useState(false);
  const busy = useRef(false);

  const download = useCallback(
    async (path: string, fallbackName: string) => {
      if (busy.current) return false;
      busy.current = true;
      setPending(path);
      setFailure(null);
      setDone(false);
      try {
        const token = store.get();
        const headers: Record<string, string> = { 'accept-language': i18n.language };
        if (token) headers['authorization'] = bearer(token);
        let response: Response;
        try {
          response = await fetch(path, { headers, credentials: 'omit', cache: 'no-store' });
        } catch {
          setFailure(message('personalData.download.errors.offline'));
          return false;
        }
        if (!response.ok) {
          setFailure(refusal(response.status));
          return false;
        }
        const blob = await response.blob();
        save(blob, fileNameFrom(response.headers.get('content-disposition')) ?? fallbackName);
        setDone(true);
        return true;
      } catch {
        setFailure(message('personalData.download.errors.offline'));
        return false;
      } finally {
        busy.current = false;
        setPending(null);
      }
    },
    [i18n, store],
  );

  return { download, pending, failure, done };
}
