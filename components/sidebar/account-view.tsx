/**
 * The account around a contact: everyone known there with role, seniority
 * and level; key-people coverage against what the ladder's levels ask; open
 * account issues with open/resolve; its value (editable) and 80/20 tier;
 * adding a deal.
 */
import { useId, useState, type FormEvent } from 'react';
import type {
  AccountValueErrors,
  AccountValueForm,
  DealForm,
  DealFormErrors,
  IssueKind,
} from '../../lib/db/account-edits';
import { accountIssueKinds } from '../../lib/db/schema';
import type { RoleCoverage } from '../../lib/sidebar/coverage';
import type { RelationshipData } from '../../lib/sidebar/load-relationship';
import { AccountNameEditor } from './account-name-editor';
import { AccountValueEditor } from './account-value-editor';
import { FormField } from './form-field';
import {
  errorMessage,
  formatMoney,
  issueKindLabels,
  roleLabels,
  seniorityLabels,
  tierLabels,
} from './labels';

export interface AccountViewProps {
  data: RelationshipData;
  coverage: RoleCoverage[];
  onShowContact(contactId: string): void;
  /** Why a typed name cannot be an account's name at all, or null. */
  validateName(name: string): string | null;
  /** Renames the account; resolves to why it cannot take the name, or null once renamed. */
  onRename(name: string): Promise<string | null>;
  parseValue(form: AccountValueForm): { ok: true } | { ok: false; errors: AccountValueErrors };
  onSetValue(form: AccountValueForm): Promise<void>;
  parseDeal(form: DealForm): { ok: true } | { ok: false; errors: DealFormErrors };
  onAddDeal(form: DealForm): Promise<void>;
  validateIssue(description: string): string | null;
  onOpenIssue(issue: { kind: IssueKind; description: string }): Promise<void>;
  onResolveIssue(issueId: string): Promise<void>;
  onReopenIssue(issueId: string): Promise<void>;
}

export function AccountView(props: AccountViewProps) {
  const { data, coverage, onShowContact } = props;
  const account = data.account;
  if (account === null) {
    return (
      <section className="account-view" aria-labelledby="account-heading">
        <h2 id="account-heading">Account</h2>
        <p className="muted">
          {data.contact.name} is at no account yet. Use “Change account” on the card to place them at one, so
          deals, issues and the people around them count.
        </p>
      </section>
    );
  }
  const people = [...data.snapshot.contacts].sort((a, b) => a.name.localeCompare(b.name));
  const issues = [...data.snapshot.issues].sort((a, b) => b.openedAt - a.openedAt);
  const open = issues.filter((issue) => issue.resolvedAt === null || issue.resolvedAt > data.now);
  const resolved = issues.filter((issue) => !open.includes(issue));
  const deals = [...data.snapshot.deals].sort((a, b) => b.closedAt - a.closedAt);

  return (
    <section className="account-view" aria-labelledby="account-heading">
      <div className="section-head">
        <h2 id="account-heading">{account.name}</h2>
        <AccountNameEditor
          accountName={account.name}
          validateName={props.validateName}
          onRename={props.onRename}
        />
      </div>
      <dl className="facts">
        <dt>Value</dt>
        <dd>{formatMoney(data.value)}</dd>
        <dt>Revenue to date</dt>
        <dd>{formatMoney(account.revenue)}</dd>
        <dt>Potential</dt>
        <dd>{formatMoney(account.potential)}</dd>
        <dt>Tier</dt>
        <dd>
          {tierLabels[data.tier]}
          {data.share > 0 ? `, ${Math.round(data.share * 100)}% of all accounts’ value` : ''}
        </dd>
        <dt>Deals</dt>
        <dd>{deals.length === 0 ? 'none yet' : `${deals.length}`}</dd>
      </dl>
      <AccountValueEditor
        accountName={account.name}
        revenue={account.revenue}
        potential={account.potential}
        parse={props.parseValue}
        onSave={props.onSetValue}
      />

      <h3>People</h3>
      <table className="people">
        <caption className="visually-hidden">Everyone known at {account.name}</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Role</th>
            <th scope="col">Seniority</th>
            <th scope="col">Level</th>
          </tr>
        </thead>
        <tbody>
          {people.map((person) => (
            <tr key={person.id}>
              <th scope="row">
                {person.id === data.contact.id ? (
                  <span aria-current="true">{person.name}</span>
                ) : (
                  <button type="button" className="link-button" onClick={() => onShowContact(person.id)}>
                    {person.name}
                  </button>
                )}
                {person.left ? <span className="muted"> (left)</span> : null}
              </th>
              <td>
                {person.roles.length === 0 ? '—' : person.roles.map((role) => roleLabels[role]).join(', ')}
              </td>
              <td>{seniorityLabels[person.seniority]}</td>
              <td>{data.views.get(person.id)?.level.level.name ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h3>Key people</h3>
      <ul className="coverage">
        {coverage.map((row) => (
          <li key={row.role}>
            <strong>{row.label}</strong>:{' '}
            {row.known === 0
              ? 'none recorded yet'
              : `relationship with ${row.related} of ${row.known} (${row.percent}%)`}
            {row.needs.length > 0 ? (
              <ul>
                {row.needs.map((need, index) => (
                  <li key={index} className={need.met ? 'met' : 'unmet'}>
                    {need.levelName} needs {need.needs}: {need.met ? 'met' : 'not yet'}
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>

      <h3>Open issues</h3>
      {open.length === 0 ? (
        <p className="muted">No open issues. Note delivery, quality, billing or payment problems here.</p>
      ) : (
        <ul className="issues">
          {open.map((issue) => (
            <li key={issue.id}>
              <strong>{issueKindLabels[issue.kind]}</strong>: {issue.description}{' '}
              <ActionButton
                label={`Resolve ${issueKindLabels[issue.kind].toLowerCase()} issue`}
                text="Resolve"
                run={() => props.onResolveIssue(issue.id)}
              />
            </li>
          ))}
        </ul>
      )}
      {resolved.length > 0 ? (
        <details>
          <summary>Resolved issues ({resolved.length})</summary>
          <ul className="issues">
            {resolved.map((issue) => (
              <li key={issue.id}>
                {issueKindLabels[issue.kind]}: {issue.description}{' '}
                <ActionButton
                  label={`Reopen ${issueKindLabels[issue.kind].toLowerCase()} issue`}
                  text="Reopen"
                  run={() => props.onReopenIssue(issue.id)}
                />
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <IssueForm validate={props.validateIssue} onOpen={props.onOpenIssue} />
      <DealFormView parse={props.parseDeal} onAdd={props.onAddDeal} />
    </section>
  );
}

function ActionButton({ label, text, run }: { label: string; text: string; run(): Promise<void> }) {
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        className="secondary small"
        aria-label={label}
        onClick={() =>
          run().then(
            () => setError(null),
            (caught: unknown) => setError(errorMessage(caught)),
          )
        }
      >
        {text}
      </button>
      {error ? (
        <span className="field-error" role="alert">
          {error}
        </span>
      ) : null}
    </>
  );
}

function IssueForm({
  validate,
  onOpen,
}: {
  validate(description: string): string | null;
  onOpen(issue: { kind: IssueKind; description: string }): Promise<void>;
}) {
  const [kind, setKind] = useState<IssueKind>('delivery');
  const [description, setDescription] = useState('');
  const [error, setError] = useState<string | null>(null);
  const kindId = useId();
  const descriptionId = useId();
  const errorId = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problem = validate(description);
    if (problem !== null) {
      setError(problem);
      return;
    }
    try {
      await onOpen({ kind, description });
      setDescription('');
      setError(null);
    } catch (caught) {
      setError(errorMessage(caught));
    }
  };

  return (
    <form
      className="inline-form"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-label="Open an issue"
    >
      <h3>Open an issue</h3>
      <label htmlFor={kindId}>Kind</label>
      <select id={kindId} value={kind} onChange={(event) => setKind(event.target.value as IssueKind)}>
        {accountIssueKinds.map((value) => (
          <option key={value} value={value}>
            {issueKindLabels[value]}
          </option>
        ))}
      </select>
      <label htmlFor={descriptionId}>What is wrong</label>
      <input
        id={descriptionId}
        value={description}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(event) => setDescription(event.target.value)}
      />
      {error ? (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <button type="submit">Open issue</button>
    </form>
  );
}

const emptyDeal: DealForm = { amount: '', date: '', description: '' };

function DealFormView({
  parse,
  onAdd,
}: {
  parse(form: DealForm): { ok: true } | { ok: false; errors: DealFormErrors };
  onAdd(form: DealForm): Promise<void>;
}) {
  const [form, setForm] = useState<DealForm>(emptyDeal);
  const [errors, setErrors] = useState<DealFormErrors>({});
  const [failure, setFailure] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = parse(form);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      return;
    }
    setErrors({});
    try {
      await onAdd(form);
      setForm(emptyDeal);
      setFailure(null);
    } catch (caught) {
      setFailure(errorMessage(caught));
    }
  };

  const field = (name: keyof DealForm, label: string, type: 'text' | 'date' = 'text') => (
    <FormField
      label={label}
      type={type}
      value={form[name]}
      inputMode={name === 'amount' ? 'decimal' : undefined}
      error={errors[name]}
      onChange={(value) => setForm({ ...form, [name]: value })}
    />
  );

  return (
    <form className="inline-form" onSubmit={(event) => void submit(event)} noValidate aria-label="Add a deal">
      <h3>Add a deal</h3>
      {field('amount', 'Amount')}
      {field('date', 'Closed on', 'date')}
      {field('description', 'Description (optional)')}
      {failure ? (
        <p className="field-error" role="alert">
          {failure}
        </p>
      ) : null}
      <button type="submit">Add deal</button>
    </form>
  );
}
