/**
 * The popup's first paint: the list the previous popup saved, in the same
 * frame and list the full popup renders, shown while the full popup's code
 * loads. It only shows; the entries come alive when the full popup takes
 * over a moment later (it starts from the same saved list, so nothing moves).
 */
import { useMemo } from 'react';
import { PopupChrome, listHeadingFor } from '../../components/popup/popup-chrome';
import { ReminderList } from '../../components/popup/reminder-list';
import type { FirstPaint } from '../../lib/popup/first-paint';
import { openDashboard } from '../../lib/popup/open-dashboard';
import { reminderRows } from '../../lib/popup/reminder-groups';

const ignore = () => {};

export function SavedList({ saved }: { saved: FirstPaint }) {
  const rows = useMemo(() => reminderRows(saved.entries, saved.at), [saved]);
  return (
    <PopupChrome
      listHeading={listHeadingFor(saved.total)}
      view="list"
      onShowView={ignore}
      onOpenDashboard={openDashboard}
    >
      <div className="popup-body">
        <p className="muted" role="status">
          Updating…
        </p>
        <ReminderList
          rows={rows}
          setSize={saved.total}
          people={saved.people}
          now={saved.at}
          activePosition={0}
          openContactId={null}
          focusRequest={0}
          onActivePositionChange={ignore}
          onOpen={ignore}
          onRenderedContactsChange={ignore}
        />
      </div>
    </PopupChrome>
  );
}
