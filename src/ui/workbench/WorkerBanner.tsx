import { useState } from 'react';
import { useApp, useAppStore } from '../../state/react';
import { useT } from '../i18n';
import { LAYOUT_TEXT } from './strings';
import { resetSession, restoreSession } from './session';

/**
 * Shown when the sim worker threw or died: says so in plain words (the cause goes to the console),
 * offers to restore the session from its command log, the same replay as a share link or a reload,
 * or to start fresh. The editor's files are kept when restoring.
 */
export function WorkerBanner() {
  const t = useT();
  const store = useAppStore();
  const failed = useApp((s) => s.workerError !== null);
  const [busy, setBusy] = useState(false);
  if (!failed) return null;
  const act = (fn: () => Promise<unknown>) => {
    setBusy(true);
    void fn()
      .catch(() => undefined)
      .finally(() => setBusy(false));
  };
  const restore = async () => {
    const n = await restoreSession(store);
    store.getState().terminal?.print(`\x1b[2m${t(LAYOUT_TEXT.worker.restored, { n })}\x1b[0m\n`);
  };
  return (
    <div className="banner err" role="alert" data-testid="worker-crashed">
      {t(LAYOUT_TEXT.worker.crashed)}{' '}
      <button className="btn" data-testid="worker-restore" disabled={busy} onClick={() => act(restore)}>
        {t(LAYOUT_TEXT.worker.restore)}
      </button>{' '}
      <button className="btn ghost" data-testid="worker-fresh" disabled={busy} onClick={() => act(() => resetSession(store))}>
        {t(LAYOUT_TEXT.worker.fresh)}
      </button>
    </div>
  );
}
