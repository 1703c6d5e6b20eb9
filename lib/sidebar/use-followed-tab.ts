import { useEffect, useState } from 'react';
import { watchActiveTab, type FollowedTab } from './active-tab';

/** The tab the sidebar is about (see active-tab.ts); undefined until known. */
export function useFollowedTab(pinned: number | null): FollowedTab | null | undefined {
  const [tab, setTab] = useState<FollowedTab | null | undefined>(undefined);
  useEffect(() => watchActiveTab(setTab, { pinned }), [pinned]);
  return tab;
}
