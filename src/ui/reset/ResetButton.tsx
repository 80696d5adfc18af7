import { useEffect, useRef, useState } from 'react';
import { useAppStore } from '../../state/react';
import { resetSession } from '../workbench/session';
import './reset.css';
import { RESET_TEXT as TEXT } from './strings';
import { useT } from '../i18n';

/** "Reset step" / "Reset sandbox": asks in a modal dialog (Esc or Cancel keeps the work), then starts over. */
export function ResetButton(props: { scope: 'lesson' | 'play'; className?: string }) {
  const t = useT();
  const store = useAppStore();
  const [open, setOpen] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const T = TEXT[props.scope];

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);

  // Esc, Cancel and Reset all close the dialog; the focus goes back to the button
  const onClose = () => {
    setOpen(false);
    opener.current?.focus();
  };
  const close = () => dialog.current?.close();
  const confirm = () => {
    close();
    void resetSession(store).catch(() => undefined);
  };

  return (
    <>
      <button ref={opener} className={props.className ?? 'btn ghost'} title={t(T.title)} aria-label={t(T.label)} onClick={() => setOpen(true)} data-testid="reset-step" aria-haspopup="dialog">
        <span aria-hidden="true">↺</span> <span className="wide-only">{t(T.label)}</span>
      </button>
      <dialog ref={dialog} className="confirm" aria-labelledby="reset-q" aria-describedby="reset-d" onClose={onClose} data-testid="reset-dialog">
        <h2 id="reset-q">{t(T.question)}</h2>
        <p id="reset-d">{t(T.detail)}</p>
        <div className="confirm-actions">
          {/* the safe choice has the focus: Enter right away keeps the work */}
          <button className="btn" autoFocus onClick={close} data-testid="reset-cancel">
            {t(TEXT.cancel)}
          </button>
          <button className="btn danger" onClick={confirm} data-testid="reset-confirm">
            {t(TEXT.confirm)}
          </button>
        </div>
      </dialog>
    </>
  );
}
