/**
 * What the account view's small editors (its value, its name) have in
 * common: a link-button that opens a form in its place with the focus on the
 * first field; Save, which keeps the form open while a field is refused,
 * with the focus on that field (described by why, so it is read out);
 * Cancel and Escape; and, once closed, the focus back on the button, so a
 * keyboard user goes on from where they were.
 */
import { useEffect, useRef, useState, type FormEvent, type ReactNode, type RefObject } from 'react';
import { useFocusAfterRender } from '../common/use-focus-after-render';
import { errorMessage } from './labels';

export interface InlineEditorProps {
  /** The button's text: "Edit value". */
  opener: string;
  /** The form's accessible name: "Value of Acme". */
  label: string;
  /** The submit button's text: "Save value". */
  saveText: string;
  /** Fills the fields from what is stored now, as the form opens. */
  onOpen(): void;
  /**
   * Saves what the fields say; resolves to false when a field is refused
   * (the field says why) and the form stays open. A save that fails is said
   * under the fields.
   */
  onSubmit(): Promise<boolean>;
  /** The fields; `firstField` is for the one that takes the focus as the form opens. */
  children(firstField: RefObject<HTMLInputElement | null>): ReactNode;
}

export function InlineEditor({ opener, label, saveText, onOpen, onSubmit, children }: InlineEditorProps) {
  const [open, setOpen] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const firstField = useRef<HTMLInputElement>(null);
  // Only a form that closes gives the focus back: the button shown at first must not take it.
  const closed = useRef(false);
  const form = useRef<HTMLFormElement>(null);
  // A refusal sends the focus to the first refused field, once it is marked.
  const focusAfterRender = useFocusAfterRender(form);

  useEffect(() => {
    if (open) firstField.current?.focus();
    else if (closed.current) toggle.current?.focus();
    closed.current = false;
  }, [open]);

  const start = () => {
    onOpen();
    setFailure(null);
    setOpen(true);
  };
  const close = () => {
    closed.current = true;
    setOpen(false);
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      if (await onSubmit()) close();
      else focusAfterRender((root) => root.querySelector<HTMLElement>('[aria-invalid="true"]'));
    } catch (caught) {
      setFailure(errorMessage(caught));
    }
  };

  if (!open) {
    return (
      <button type="button" className="link-button" ref={toggle} onClick={start}>
        {opener}
      </button>
    );
  }
  return (
    <form
      ref={form}
      className="inline-form editor"
      aria-label={label}
      noValidate
      onSubmit={(event) => void submit(event)}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        close();
      }}
    >
      {children(firstField)}
      {failure ? (
        <p className="field-error" role="alert">
          {failure}
        </p>
      ) : null}
      <div className="editor-actions">
        <button type="submit">{saveText}</button>
        <button type="button" className="secondary" onClick={close}>
          Cancel
        </button>
      </div>
    </form>
  );
}
