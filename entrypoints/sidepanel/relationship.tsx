/**
 * The contact card and the account view wired to the database: live data
 * from useRelationship, every edit through lib/db with its undo.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type ReactNode } from 'react';
import { AccountView } from '../../components/sidebar/account-view';
import { ContactCard, type ContactCardEdits } from '../../components/sidebar/contact-card';
import { issueKindLabels } from '../../components/sidebar/labels';
import { RemoveContact } from '../../components/sidebar/remove-contact';
import {
  addDeal,
  openAccountIssue,
  parseAccountValueForm,
  parseDealForm,
  setAccountValue,
  undoAccountChange,
  parseIssueDescription,
  removeAccountIssue,
  removeDeal,
  reopenAccountIssue,
  resolveAccountIssue,
  undoIssueChange,
} from '../../lib/db/account-edits';
import { renameAccount } from '../../lib/db/account-name';
import { AccountNameError } from '../../lib/db/accounts';
import {
  editContact,
  moveContactToNewAccount,
  parseAccountName,
  parseListInput,
  undoContactEdit,
  type ContactEdit,
} from '../../lib/db/contact-edits';
import { db, type RapportDatabase } from '../../lib/db/database';
import { deleteRecord, restoreDeleted } from '../../lib/db/deletion';
import { searchAccounts } from '../../lib/db/search';
import { accountCoverage } from '../../lib/sidebar/coverage';
import { previewLevel } from '../../lib/sidebar/level-preview';
import { useRelationship } from '../../lib/sidebar/use-relationship';
import type { UndoEntry } from '../../lib/sidebar/use-undo';

export interface RelationshipProps {
  contactId: string;
  notify(entry: UndoEntry): void;
  onShowContact(contactId: string): void;
  /** Placed in the card after the level and its checks: the gesture buttons. */
  actions?: ReactNode;
  /** Placed between the card and the account view: follow-ups, timeline, notes, goals (given the contact's account). */
  panels?: (accountId: string | null) => ReactNode;
  database?: RapportDatabase;
  clock?: () => number;
}

const listNames = { interests: 'Interests', motivations: 'Motivations', tags: 'Tags' } as const;

export function Relationship({
  contactId,
  notify,
  onShowContact,
  actions,
  panels,
  database = db,
  clock = Date.now,
}: RelationshipProps) {
  const data = useRelationship(contactId, database, clock);
  const [accountQuery, setAccountQuery] = useState('');
  const accountOptions = useLiveQuery(
    () => searchAccounts(accountQuery, { limit: 8 }, database),
    [accountQuery, database],
  );

  if (data === undefined)
    return (
      <p className="muted" role="status">
        Loading…
      </p>
    );
  if (data === null) {
    return (
      <p className="muted" role="status">
        This person is no longer in Rapport.
      </p>
    );
  }

  const edit = async (change: ContactEdit, message: string) => {
    const result = await editContact(contactId, change, clock(), database);
    notify({ message, undo: () => undoContactEdit(result, database) });
  };

  const validateAccountName = (name: string) => {
    const parsed = parseAccountName(name);
    return parsed.ok ? null : parsed.message;
  };

  const edits: ContactCardEdits = {
    previewLevel: (levelId) => previewLevel(levelId, data.contact, data.facts, data.ladder),
    saveLevel: (levelId) =>
      edit(
        { levelId },
        `Level set to ${data.ladder.levels.find((level) => level.id === levelId)?.name ?? levelId}.`,
      ),
    parseList: parseListInput,
    saveList: (field, items) => edit({ [field]: items }, `${listNames[field]} saved.`),
    saveRoles: (change) => edit(change, 'Roles and seniority saved.'),
  };

  return (
    <>
      <ContactCard
        data={data}
        edits={edits}
        account={{
          query: accountQuery,
          onQueryChange: setAccountQuery,
          options: accountOptions,
          validateName: validateAccountName,
          onPick: async (accountId) => {
            await edit({ accountId }, accountId === null ? 'Taken out of the account.' : 'Account changed.');
            setAccountQuery('');
          },
          onCreate: async (name) => {
            const result = await moveContactToNewAccount(contactId, name, clock(), database);
            notify({
              message: `Account “${name.trim()}” created.`,
              undo: () => undoContactEdit(result, database),
            });
            setAccountQuery('');
          },
        }}
      >
        {actions}
      </ContactCard>
      {panels?.(data.contact.accountId)}
      <AccountView
        data={data}
        coverage={accountCoverage(data.facts, data.ladder)}
        onShowContact={onShowContact}
        validateName={validateAccountName}
        onRename={async (name) => {
          if (data.account === null) return null;
          try {
            const change = await renameAccount(data.account.id, name, clock(), database);
            if (change !== null) {
              notify({
                message: `Account renamed to “${change.after.name}”.`,
                undo: () => undoAccountChange(change, database),
              });
            }
            return null;
          } catch (caught) {
            // A name refused is said on the field; any other failure under the form.
            if (caught instanceof AccountNameError) return caught.message;
            throw caught;
          }
        }}
        parseValue={parseAccountValueForm}
        onSetValue={async (form) => {
          const parsed = parseAccountValueForm(form);
          if (!parsed.ok || data.account === null) return;
          const change = await setAccountValue(data.account.id, parsed.value, clock(), database);
          notify({
            message: `Value of ${change.after.name} set.`,
            undo: () => undoAccountChange(change, database),
          });
        }}
        parseDeal={(form) => parseDealForm(form, clock())}
        onAddDeal={async (form) => {
          const parsed = parseDealForm(form, clock());
          if (!parsed.ok || data.account === null) return;
          const deal = await addDeal(
            { ...parsed.value, accountId: data.account.id, contactId },
            clock(),
            database,
          );
          notify({
            message: 'Deal added.',
            undo: async () => {
              await removeDeal(deal.id, database);
            },
          });
        }}
        validateIssue={(description) => {
          const parsed = parseIssueDescription(description);
          return parsed.ok ? null : parsed.message;
        }}
        onOpenIssue={async ({ kind, description }) => {
          if (data.account === null) return;
          const issue = await openAccountIssue(
            { accountId: data.account.id, kind, description },
            clock(),
            database,
          );
          notify({
            message: `${issueKindLabels[kind]} issue opened.`,
            undo: async () => {
              await removeAccountIssue(issue.id, database);
            },
          });
        }}
        onResolveIssue={async (issueId) => {
          const change = await resolveAccountIssue(issueId, clock(), database);
          notify({ message: 'Issue resolved.', undo: () => undoIssueChange(change, database) });
        }}
        onReopenIssue={async (issueId) => {
          const change = await reopenAccountIssue(issueId, clock(), database);
          notify({ message: 'Issue reopened.', undo: () => undoIssueChange(change, database) });
        }}
      />
      <RemoveContact
        name={data.contact.name}
        onRemove={async () => {
          const removed = await deleteRecord('contacts', contactId, database);
          if (removed === null) return;
          notify({
            message: `${data.contact.name} removed from Rapport.`,
            undo: () => restoreDeleted(removed, database),
          });
        }}
      />
    </>
  );
}
