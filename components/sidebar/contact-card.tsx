/**
 * One relationship at a glance: who they are, their level with its
 * definition and the evidence behind it, what would move them up, the
 * assumption checks, health, cadence and next follow-up, interests and
 * motivations; each editable in place.
 */
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { duePhrase } from '../../lib/domain/day-phrases';
import type { ListField, ParsedList } from '../../lib/db/contact-edits';
import type { Role, Seniority } from '../../lib/db/schema';
import type { LevelPreview } from '../../lib/sidebar/level-preview';
import type { RelationshipData } from '../../lib/sidebar/load-relationship';
import { AccountEditor, type AccountEditorProps } from './account-editor';
import { dueStatusLabels, roleLabels, seniorityLabels } from './labels';
import { LevelEditor } from './level-editor';
import { ListEditor } from './list-editor';
import { RolesEditor } from './roles-editor';
import { useSettledChecks } from './use-settled-checks';

export interface ContactCardEdits {
  previewLevel(levelId: string): LevelPreview;
  saveLevel(levelId: string): Promise<void>;
  parseList(field: ListField, text: string): ParsedList;
  saveList(field: ListField, items: string[]): Promise<void>;
  saveRoles(change: { roles: Role[]; seniority: Seniority }): Promise<void>;
}

export interface ContactCardProps {
  data: RelationshipData;
  edits: ContactCardEdits;
  account: Omit<AccountEditorProps, 'currentAccountId' | 'onClose'>;
  /** Placed after the level and its checks: the gesture buttons. */
  children?: ReactNode;
}

type Editor = 'level' | 'roles' | 'account' | ListField;

const listLabels: Record<ListField, string> = {
  interests: 'Interests',
  motivations: 'Motivations',
  tags: 'Tags',
};

function EditButton({ label, opens, onClick }: { label: string; opens: Editor; onClick(): void }) {
  return (
    <button type="button" className="link-button" data-opens={opens} onClick={onClick}>
      {label}
    </button>
  );
}

export function ContactCard({ data, edits, account, children }: ContactCardProps) {
  const [editor, setEditor] = useState<Editor | null>(null);
  // An editor that closes (saved, cancelled, Escape) gives the focus back to the button that opened it.
  const card = useRef<HTMLElement>(null);
  const closed = useRef<Editor | null>(null);
  const close = () => {
    closed.current = editor;
    setEditor(null);
  };
  useEffect(() => {
    if (editor !== null || closed.current === null) return;
    card.current?.querySelector<HTMLElement>(`[data-opens="${closed.current}"]`)?.focus();
    closed.current = null;
  }, [editor]);
  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || editor === null) return;
    if (!(event.target instanceof Element && event.target.closest('.editor'))) return;
    event.preventDefault();
    close();
  };
  const { contact, view, now } = data;
  const level = view.level.level;
  const nextChecks = view.next ? edits.previewLevel(view.next.level.id).checks : [];
  const assumptions = useSettledChecks(contact.id, view.assumptions);

  const list = (field: ListField) => (
    <section className="card-section" aria-labelledby={`${field}-heading`}>
      <div className="section-head">
        <h3 id={`${field}-heading`}>{listLabels[field]}</h3>
        {editor !== field ? (
          <EditButton
            label={`Edit ${listLabels[field].toLowerCase()}`}
            opens={field}
            onClick={() => setEditor(field)}
          />
        ) : null}
      </div>
      {editor === field ? (
        <ListEditor
          label={listLabels[field]}
          items={contact[field]}
          parse={(text) => edits.parseList(field, text)}
          onSave={(items) => edits.saveList(field, items)}
          onClose={close}
        />
      ) : contact[field].length === 0 ? (
        <p className="muted">None recorded yet.</p>
      ) : (
        <ul className="chips">
          {contact[field].map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      )}
    </section>
  );

  return (
    <article className="contact-card" aria-labelledby="contact-name" ref={card} onKeyDown={closeOnEscape}>
      <header className="card-header">
        <h2 id="contact-name">{contact.name}</h2>
        {contact.headline ? <p className="headline">{contact.headline}</p> : null}
        <p className="account-line">
          {data.account ? data.account.name : 'No account'}{' '}
          {editor !== 'account' ? (
            <EditButton label="Change account" opens="account" onClick={() => setEditor('account')} />
          ) : null}
        </p>
        {editor === 'account' ? (
          <AccountEditor {...account} currentAccountId={contact.accountId} onClose={close} />
        ) : null}
        <p className="roles-line">
          {contact.roles.length === 0
            ? 'No role recorded'
            : contact.roles.map((role) => roleLabels[role]).join(', ')}
          {' · '}
          {seniorityLabels[contact.seniority]}{' '}
          {editor !== 'roles' ? (
            <EditButton label="Edit roles" opens="roles" onClick={() => setEditor('roles')} />
          ) : null}
        </p>
        {editor === 'roles' ? (
          <RolesEditor
            roles={contact.roles}
            seniority={contact.seniority}
            onSave={edits.saveRoles}
            onClose={close}
          />
        ) : null}
        {contact.left ? <p className="warning">Has left the account.</p> : null}
      </header>

      <section className="card-section" aria-labelledby="level-heading">
        <div className="section-head">
          <h3 id="level-heading">
            Level:{' '}
            <span className="level-chip" style={{ borderColor: level.color }}>
              {level.name}
            </span>
          </h3>
          {editor !== 'level' ? (
            <EditButton label="Change level" opens="level" onClick={() => setEditor('level')} />
          ) : null}
        </div>
        {editor === 'level' ? (
          <LevelEditor
            ladder={data.ladder}
            currentLevelId={level.id}
            preview={edits.previewLevel}
            onSave={edits.saveLevel}
            onClose={close}
          />
        ) : null}
        <p className="definition">{level.definition}</p>
        <h4>Evidence</h4>
        <p>
          The evidence supports <strong>{view.suggested.level.name}</strong>
          {view.suggested.evidence.length === 0 ? '.' : ':'}
        </p>
        {view.suggested.evidence.length > 0 ? (
          <ul className="checklist" aria-label="Evidence found">
            {view.suggested.evidence.map((check, index) => (
              <li key={index} className="met">
                <span aria-hidden="true">✓</span> {check.text}
              </li>
            ))}
          </ul>
        ) : null}
        {view.next ? (
          <>
            <h4>To reach {view.next.level.name}</h4>
            {nextChecks.length === 0 ? (
              <p>Nothing more is asked.</p>
            ) : (
              <ul className="checklist" aria-label={`Evidence ${view.next.level.name} asks for`}>
                {nextChecks.map((check, index) => (
                  <li key={index} className={check.met ? 'met' : 'unmet'}>
                    <input type="checkbox" checked={check.met} readOnly disabled aria-label={check.text} />{' '}
                    {check.text}
                  </li>
                ))}
              </ul>
            )}
          </>
        ) : (
          <p>At the top of the ladder.</p>
        )}
      </section>

      {assumptions.length > 0 ? (
        <section className="card-section assumptions" aria-labelledby="assumptions-heading">
          <h3 id="assumptions-heading">Assumption check</h3>
          <ul>
            {assumptions.map((check) =>
              check.cleared ? (
                <li key={check.kind} className="cleared">
                  <span className="cleared-message">{check.message}</span> ✓ Cleared
                </li>
              ) : (
                <li key={check.kind}>{check.message}</li>
              ),
            )}
          </ul>
        </section>
      ) : null}

      {children}

      <section className="card-section" aria-labelledby="health-heading">
        <h3 id="health-heading">
          Health: <span className="score">{view.health.score}</span>
          <span className="muted"> / 100</span>
        </h3>
        <ul className="reasons">
          {view.health.reasons.map((reason) => (
            <li key={reason.factor}>
              {reason.text}
              <span className="muted">
                {' '}
                ({reason.points > 0 ? '+' : ''}
                {reason.points}
                {reason.max > 0 ? ` of ${reason.max}` : ''})
              </span>
            </li>
          ))}
        </ul>
      </section>

      <section className="card-section" aria-labelledby="cadence-heading">
        <h3 id="cadence-heading">Cadence and follow-up</h3>
        <p>
          In touch every {view.cadence.days} days
          {view.cadence.source === 'contact' ? ' (set for this person)' : ` (default for ${level.name})`}.
        </p>
        <p>
          Next: <strong>{duePhrase(view.due.dueAt, now)}</strong> ({dueStatusLabels[view.due.status]})
          {view.due.followUp ? ` · ${view.due.followUp.reason}` : ' · the cadence'}
        </p>
        {view.balance.warning ? <p className="warning">{view.balance.warning}</p> : null}
      </section>

      {list('interests')}
      {list('motivations')}
      {list('tags')}
    </article>
  );
}
