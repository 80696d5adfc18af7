import { useEffect, useRef, useState } from 'react';
import { useApp, useAppStore } from '../../state/react';
import { resetSession } from '../workbench/session';
import './reset.css';

const TEXT = {
  lesson: {
    label: { zh: '重置本步', en: 'Reset step' },
    title: { zh: '用新的集群重新开始这一步', en: 'Start this step again on a fresh cluster' },
    question: { zh: '重置这一步？', en: 'Reset this step?' },
    detail: {
      zh: '集群回到这一步开始时的样子，编辑器里的修改、终端输出和运行过的命令都会清除。',
      en: 'The cluster goes back to how this step starts; your editor changes, the terminal output and the commands you ran are cleared.',
    },
  },
  play: {
    label: { zh: '重置沙箱', en: 'Reset sandbox' },
    title: { zh: '用新的集群重新开始沙箱', en: 'Start the sandbox again on a fresh cluster' },
    question: { zh: '重置沙箱？', en: 'Reset the sandbox?' },
    detail: {
      zh: '会换一个全新的集群，编辑器里的修改、终端输出和运行过的命令都会清除。',
      en: 'You get a brand-new cluster; your editor changes, the terminal output and the commands you ran are cleared.',
    },
  },
  cancel: { zh: '取消', en: 'Cancel' },
  confirm: { zh: '重置', en: 'Reset' },
};

/** "Reset step" / "Reset sandbox": asks in a modal dialog (Esc or Cancel keeps the work), then starts over. */
export function ResetButton(props: { scope: 'lesson' | 'play'; className?: string }) {
  const lang = useApp((s) => s.lang);
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
      <button ref={opener} className={props.className ?? 'btn ghost'} title={T.title[lang]} aria-label={T.label[lang]} onClick={() => setOpen(true)} data-testid="reset-step" aria-haspopup="dialog">
        <span aria-hidden="true">↺</span> <span className="wide-only">{T.label[lang]}</span>
      </button>
      <dialog ref={dialog} className="confirm" aria-labelledby="reset-q" aria-describedby="reset-d" onClose={onClose} data-testid="reset-dialog">
        <h2 id="reset-q">{T.question[lang]}</h2>
        <p id="reset-d">{T.detail[lang]}</p>
        <div className="confirm-actions">
          {/* the safe choice has the focus: Enter right away keeps the work */}
          <button className="btn" autoFocus onClick={close} data-testid="reset-cancel">
            {TEXT.cancel[lang]}
          </button>
          <button className="btn danger" onClick={confirm} data-testid="reset-confirm">
            {TEXT.confirm[lang]}
          </button>
        </div>
      </dialog>
    </>
  );
}
