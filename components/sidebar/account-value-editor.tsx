/**
 * Setting an account's value in place: revenue to date and potential, the
 * figures its 80/20 tier is ranked by. Opens from "Edit value", closes on
 * Save, Cancel or Escape, and gives the focus back to the button.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { AccountValueErrors, AccountValueForm } from '../../lib/db/account-edits';
import { FormField } from './form-field';
import { errorMessage } from './labels';

export interface AccountValueEditorProps {
  accountName: string;
  revenue: number;
  potential: number;
  parse(form: AccountValueForm): { ok: true } | { ok: false; errors: AccountValueErrors };
  onSave(form: AccountValueForm): Promise<void>;
}

const asText = (amount: number) => (amount === 0 ? '' : String(amount));

export function AccountValueEditor({
  accountName,
  revenue,
  potential,
  parse,
  onSave,
}: AccountValueEditorProps) {
  const [open, setOpen] = useState(false);
  const [form, setForm] = useState<AccountValueForm>({ revenue: '', potential: '' });
  const [errors, setErrors] = useState<AccountValueErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const first = useRef<HTMLInputElement>(null);
  const closed = useRef(false);

  useEffect(() => {
    if (open) first.current?.focus();
    else if (closed.current) toggle.current?.focus();
    closed.current = false;
  }, [open]);

  const start = () => {
    setForm({ revenue: asText(revenue), potential: asText(potential) });
    setErrors({});
    setFailure(null);
    setOpen(true);
  };
  const close = () => {
    closed.current = true;
    setOpen(false);
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = parse(form);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      return;
    }
    try {
      await onSave(form);
      close();
    } catch (caught) {
      setFailure(errorMessage(caught));
    }
  };

  if (!open) {
    return (
      <button type="button" className="link-button" ref={toggle} onClick={start}>
        Edit value
      </button>
    );
  }
  const field = (name: keyof AccountValueForm, label: string) => (
    <FormField
      label={label}
      value={form[name]}
      inputMode="decimal"
      error={errors[name]}
      inputRef={name === 'revenue' ? first : undefined}
      onChange={(value) => setForm({ ...form, [name]: value })}
    />
  );
  return (
    <form
      className="inline-form editor"
      aria-label={`Value of ${accountName}`}
      noValidate
      onSubmit={(event) => void submit(event)}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        close();
      }}
    >
      {field('revenue', 'Revenue to date')}
      {field('potential', 'Potential')}
      {failure ? (
        <p className="field-error" role="alert">
          {failure}
        </p>
      ) : null}
      <div className="editor-actions">
        <button type="submit">Save value</button>
        <button type="button" className="secondary" onClick={close}>
          Cancel
        </button>
      </div>
    </form>
  );
}
