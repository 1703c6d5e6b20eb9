/**
 * A page's status lines taken together. Each panel of a contact's page has
 * its own (the card's, the gestures', the notes'…), and a word one of them
 * said ("Undone: Level set to Client.", "Already in Rapport.") would stay on
 * screen, and in the page, while the user goes on elsewhere, until three
 * stale confirmations stood at once. So the latest line to speak has the
 * turn, and a plain word of another line goes once it has lost it. An offer
 * to undo stays: the change it names can still be taken back.
 */
import { createContext, useCallback, useContext, useRef, useState, type ReactNode } from 'react';

interface Turns {
  /** Which turn is the latest. */
  latest: number;
  /** Starts a new turn and says which. */
  take(): number;
}

const TurnsContext = createContext<Turns | null>(null);

export function StatusScope({ children }: { children: ReactNode }) {
  const [latest, setLatest] = useState(0);
  const counter = useRef(0);
  const take = useCallback(() => {
    counter.current += 1;
    setLatest(counter.current);
    return counter.current;
  }, []);
  return <TurnsContext value={{ latest, take }}>{children}</TurnsContext>;
}

export interface StatusTurn {
  /** To call as the line says something new. */
  speak(): void;
  /** Whether another line has spoken since this one last did. Outside a StatusScope, never. */
  outspoken: boolean;
}

export function useStatusTurn(): StatusTurn {
  const turns = useContext(TurnsContext);
  const [mine, setMine] = useState<number | null>(null);
  const take = turns?.take;
  const speak = useCallback(() => {
    if (take) setMine(take());
  }, [take]);
  return { speak, outspoken: turns !== null && mine !== null && turns.latest !== mine };
}
