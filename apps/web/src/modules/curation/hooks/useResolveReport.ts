import { useMutation } from '@apollo/client/react';
import { ErrorCode } from '@ouimake/domain';
import { useState } from 'react';
import { findApiError } from '../../../shared/apiErrors';
import { actionRefusal } from '../../../shared/formRefusal';
import { message, type MessageRef } from '../../../shared/Message';
import { forgetReports } from '../cacheUpdates';
import { ResolveReportMutation } from '../graphql/Report.mutation';

/**
 * Resolving reports in one click: hide the content, or dismiss. One decision resolves every open
 * report of the same content, so all of them leave the queue; `news` says what was done.
 */
export function useResolveReport() {
  const [resolveReport] = useMutation(ResolveReportMutation);
  const [busy, setBusy] = useState<string | null>(null);
  const [news, setNews] = useState<MessageRef | null>(null);
  const [failure, setFailure] = useState<{ reportId: string; message: MessageRef } | null>(null);

  const resolve = async (
    report: { id: string; reporterName: string; siblings: readonly string[] },
    hide: boolean,
  ): Promise<boolean> => {
    if (busy) return false;
    setBusy(report.id);
    setNews(null);
    setFailure(null);
    try {
      await resolveReport({
        variables: { id: report.id, hide },
        update: (cache) => forgetReports(cache, [report.id, ...report.siblings]),
      });
      setNews(
        message(hide ? 'facilitation.reports.hidden' : 'facilitation.reports.dismissed', {
          name: report.reporterName,
        }),
      );
      return true;
    } catch (error) {
      // Someone else decided first: it leaves the queue all the same.
      if (findApiError(error, ErrorCode.CONFLICT)) {
        setFailure({ reportId: report.id, message: message('facilitation.reports.already') });
      } else {
        setFailure({ reportId: report.id, message: actionRefusal(error) });
      }
      return false;
    } finally {
      setBusy(null);
    }
  };

  return { resolve, busy, news, failure };
}
