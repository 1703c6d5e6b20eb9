/**
 * A note in the timeline: its text, with Edit beside its other actions.
 * Edit swaps the text for the editor in place; when the editor closes
 * (saved, Cancel, Escape) the focus goes back to Edit.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { Checked } from '../../lib/domain/follow-up-inputs';
import { NoteEditor } from '../notes/note-editor';

export interface TimelineNoteProps {
  text: string;
  /** The note's date as the timeline shows it, naming the note to assistive technology: "3 Mar 2025". */
  day: string;
  check(value: string): Checked<string>;
  /** Saves the note's new text; says whether it was saved. */
  onSave(text: string): Promise<boolean>;
  /** The note's other actions (Delete). */
  children: ReactNode;
}

export function TimelineNote({ text, day, check, onSave, children }: TimelineNoteProps) {
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const closed = useRef(false);
  useEffect(() => {
    if (!editing && closed.current) editButton.current?.focus();
    closed.current = false;
  }, [editing]);
  const label = `Edit note from ${day}`;

  if (editing) {
    return (
      <NoteEditor
        label={label}
        text={text}
        check={check}
        onSave={onSave}
        onClose={() => {
          closed.current = true;
          setEditing(false);
        }}
      />
    );
  }
  return (
    <>
      <p className="timeline-text">{text}</p>
      <div className="timeline-actions">
        <button type="button" ref={editButton} aria-label={label} onClick={() => setEditing(true)}>
          Edit
        </button>
        {children}
      </div>
    </>
  );
}
