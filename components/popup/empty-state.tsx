/** What the popup says when nobody needs attention: a welcome for a new user, or "all caught up". */
export interface EmptyStateProps {
  kind: 'new-user' | 'caught-up';
  onOpenDashboard(): void;
}

export function EmptyState({ kind, onOpenDashboard }: EmptyStateProps) {
  if (kind === 'caught-up') {
    return (
      <div className="empty-state">
        <h2>All caught up</h2>
        <p>Nobody needs attention this week. Rapport will remind you when someone is due for a touch.</p>
      </div>
    );
  }
  return (
    <div className="empty-state">
      <h2>Welcome to Rapport</h2>
      <p>
        Rapport keeps your customer relationships moving: it shows each person’s relationship level on
        LinkedIn, Gmail and Outlook, and reminds you here when it is time to give them something of value.
      </p>
      <h3>Add your first contact</h3>
      <ol>
        <li>Open someone’s LinkedIn profile.</li>
        <li>Click “+ Rapport” beside their name (“Add to Rapport”).</li>
        <li>They appear here when a follow-up falls due.</li>
      </ol>
      <p>You can also import a backup or set up your relationship levels in the dashboard.</p>
      <button type="button" onClick={onOpenDashboard}>
        Open the dashboard
      </button>
    </div>
  );
}
