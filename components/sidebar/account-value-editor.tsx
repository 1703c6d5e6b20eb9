/**
 * Setting an account's value in place: revenue to date and potential, the
 * figures its 80/20 tier is ranked by. Opens from "Edit value".
 */
import { useState } from 'react';
import type { AccountValueErrors, AccountValueForm } from '../../lib/db/account-edits';
import { FormField } from './form-field';
import { InlineEditor } from './inline-editor';

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
  const [form, setForm] = useState<AccountValueForm>({ revenue: '', potential: '' });
  const [errors, setErrors] = useState<AccountValueErrors>({});

  return (
    <InlineEditor
      opener="Edit value"
      label={`Value of ${accountName}`}
      saveText="Save value"
      onOpen={() => {
        setForm({ revenue: asText(revenue), potential: asText(potential) });
        setErrors({});
      }}
      onSubmit={async () => {
        const parsed = parse(form);
        if (!parsed.ok) {
          setErrors(parsed.errors);
          return false;
        }
        await onSave(form);
        return true;
      }}
    >
      {(firstField) => (
        <>
          <FormField
            label="Revenue to date"
            value={form.revenue}
            inputMode="decimal"
            error={errors.revenue}
            inputRef={firstField}
            onChange={(value) => {
              setForm({ ...form, revenue: value });
              setErrors({ ...errors, revenue: undefined });
            }}
          />
          <FormField
            label="Potential"
            value={form.potential}
            inputMode="decimal"
            error={errors.potential}
            onChange={(value) => {
              setForm({ ...form, potential: value });
              setErrors({ ...errors, potential: undefined });
            }}
          />
        </>
      )}
    </InlineEditor>
  );
}
