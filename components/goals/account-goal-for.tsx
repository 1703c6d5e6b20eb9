/**
 * Whom an account goal's step follow-ups go to (lib/domain/goals.ts
 * goalContactId: the champion, else a decision maker, else anyone still at
 * the account), said in the same words in the goals view and in the form
 * that makes the goal: a goal set from one person's page may well send its
 * follow-ups to someone else.
 */
import type { ReactNode } from 'react';

/** `recipient` names them (their name, or a button that opens them); null when nobody is left. */
export function AccountGoalFor({ recipient }: { recipient: ReactNode | null }) {
  return recipient === null ? (
    <>Account goal: nobody is left at the account to follow it up</>
  ) : (
    <>Account goal, follow-ups go to {recipient}</>
  );
}
