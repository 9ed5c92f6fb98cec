/**
 * A button for something that cannot be undone ("Remove all", "Forget the
 * listening queue"): pressing it asks first, in the page rather than in
 * window.confirm (which a screen reader user meets out of context, and which
 * blocks the page). The question and its two buttons appear after the button,
 * as a group named by the question; focus goes to Cancel (the safe answer),
 * which the question describes, so it is heard at once. Cancel or Escape goes
 * back to the button. The caller gives the words (components localize).
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';

export interface ConfirmButtonProps {
  label: string;
  question: string;
  confirmLabel: string;
  cancelLabel: string;
  /** Runs on "yes"; the button comes back (and takes focus if still there) when it settles. */
  onConfirm: () => Promise<void> | void;
  /** Class of the three buttons (the panel's and the options page's styles differ). */
  buttonClass?: string;
  /** Makes the ids of the question unique on the page. */
  id: string;
}

export function ConfirmButton({ label, question, confirmLabel, cancelLabel, onConfirm, buttonClass, id }: ConfirmButtonProps) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  // A second press before the re-render (a double click) must not run the action twice.
  const running = useRef(false);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const focusNext = useRef<'cancel' | 'trigger' | null>(null);
  const questionId = `${id}-question`;

  useLayoutEffect(() => {
    const target = focusNext.current === 'cancel' ? cancelRef.current : focusNext.current === 'trigger' ? triggerRef.current : null;
    focusNext.current = null;
    if (target?.isConnected) target.focus();
  }, [asking]);

  const close = () => {
    focusNext.current = 'trigger';
    setAsking(false);
  };
  const confirm = async () => {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    try {
      await onConfirm();
    } finally {
      running.current = false;
      setBusy(false);
      close();
    }
  };

  return (
    <div class="lector-confirm">
      <button
        ref={triggerRef}
        type="button"
        class={buttonClass}
        aria-expanded={asking}
        aria-controls={asking ? id : undefined}
        onClick={() => {
          focusNext.current = asking ? null : 'cancel';
          setAsking(true);
        }}
      >
        {label}
      </button>
      {asking ? (
        <div
          id={id}
          class="lector-confirm-question"
          role="group"
          aria-labelledby={questionId}
          onKeyDown={(event) => {
            if (event.key !== 'Escape') return;
            // Handled here: the page's Escape (closing a layer, the reader) must not also run.
            event.preventDefault();
            event.stopPropagation();
            close();
          }}
        >
          <p id={questionId}>{question}</p>
          <div class="lector-confirm-answers">
            <button type="button" class={buttonClass} aria-disabled={busy} onClick={() => void confirm()}>
              {confirmLabel}
            </button>
            <button ref={cancelRef} type="button" class={buttonClass} aria-describedby={questionId} onClick={close}>
              {cancelLabel}
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
