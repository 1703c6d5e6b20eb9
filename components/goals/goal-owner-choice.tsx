/**
 * Whose goal it is: the contact in view or their account, as one radio
 * group (one Tab stop, the arrow keys between the two). Chosen, the account
 * says whom the steps' follow-ups will go to, which need not be the contact
 * in view.
 */
import { useId } from 'react';
import type { GoalFormInput } from '../../lib/domain/goal-inputs';
import { AccountGoalFor } from './account-goal-for';

type Owner = GoalFormInput['owner'];

export interface GoalOwnerChoiceProps {
  owner: Owner;
  contactName: string;
  accountName: string;
  /** Whom an account goal's follow-ups go to; null when nobody is left at the account. */
  accountFollowUpsTo: string | null;
  onChange(owner: Owner): void;
}

export function GoalOwnerChoice({
  owner,
  contactName,
  accountName,
  accountFollowUpsTo,
  onChange,
}: GoalOwnerChoiceProps) {
  const group = useId();
  const noteId = useId();
  const forAccount = owner === 'account';
  return (
    <fieldset>
      <legend>Goal for</legend>
      <label className="inline-choice">
        <input
          type="radio"
          name={group}
          value="contact"
          checked={!forAccount}
          onChange={() => onChange('contact')}
        />
        {contactName}
      </label>
      <label className="inline-choice">
        <input
          type="radio"
          name={group}
          value="account"
          checked={forAccount}
          aria-describedby={forAccount ? noteId : undefined}
          onChange={() => onChange('account')}
        />
        {accountName} (the account)
      </label>
      {/* A live region kept on the page, so the sentence is announced as the account is chosen. */}
      <p id={noteId} className="goal-owner-note" role="status">
        {forAccount ? (
          <>
            <AccountGoalFor recipient={accountFollowUpsTo} />.
          </>
        ) : null}
      </p>
    </fieldset>
  );
}
