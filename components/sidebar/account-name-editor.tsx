/**
 * Renaming an account in place: an account made from an email's domain is
 * named after it ("acme-energy.com"), and a name typed with a slip stays
 * until fixed here. Opens from "Rename", beside the account's name.
 */
import { useState } from 'react';
import { FormField } from './form-field';
import { InlineEditor } from './inline-editor';

export interface AccountNameEditorProps {
  accountName: string;
  /** Why `name` cannot be an account's name at all (empty, too long), or null. */
  validateName(name: string): string | null;
  /**
   * Gives the account `name`; resolves to why it cannot have it (another
   * account is called so), said on the field, or to null once saved.
   */
  onRename(name: string): Promise<string | null>;
}

export function AccountNameEditor({ accountName, validateName, onRename }: AccountNameEditorProps) {
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);

  return (
    <InlineEditor
      opener="Rename"
      label={`Rename ${accountName}`}
      saveText="Save name"
      onOpen={() => {
        setName(accountName);
        setError(null);
      }}
      onSubmit={async () => {
        const refused = validateName(name) ?? (await onRename(name));
        setError(refused);
        return refused === null;
      }}
    >
      {(firstField) => (
        <FormField
          label="Account name"
          value={name}
          error={error ?? undefined}
          inputRef={firstField}
          onChange={(value) => {
            // The reason was for the name as it was: it goes as the name is edited.
            setName(value);
            setError(null);
          }}
        />
      )}
    </InlineEditor>
  );
}
