import { defineContentScript } from 'wxt/utils/define-content-script';
import { adapterFor, contentMatches } from '../../lib/sites';
import { domChangePending, onDomChange, onLocationChange } from '../../lib/dom/observe';
import { sendFromUserAction, sendMessage } from '../../lib/messaging/client';
import { servePagePeople } from '../../lib/messaging/page-people-server';
import { subscribeChanges } from '../../lib/messaging/subscribe-changes';
import { startOverlay } from '../../lib/overlay/overlay';
import { whileSiteOn } from '../../lib/overlay/while-site-on';
import { siteOfHost } from '../../lib/sites/site-switches';

export default defineContentScript({
  // Broad matches on purpose: in-app navigation never re-injects, so the
  // script must already be on the page when the user reaches a profile.
  matches: [...contentMatches],
  runAt: 'document_idle',
  main(ctx) {
    const pagePeople = servePagePeople(ctx.signal);
    const overlay = (signal: AbortSignal) =>
      startOverlay(
        document,
        {
          adapterFor,
          lookup: async (identities) => {
            const answer = await sendMessage({ type: 'lookup', identities });
            return answer.ok ? answer.data.results : null;
          },
          capture: async (event, found) => {
            const { name, headline, company } = found.facts?.() ?? found;
            const answer = await sendFromUserAction(event, {
              type: 'capture',
              identity: found.identity,
              name,
              ...(headline ? { headline } : {}),
              ...(company ? { company } : {}),
            });
            return answer.ok ? null : `Could not add: ${answer.error.message}`;
          },
          openSidebar: async (event, contactId, focus) => {
            const answer = await sendFromUserAction(event, {
              type: 'open-sidebar',
              person: { kind: 'contact', contactId },
              focus,
            });
            return answer.ok ? answer.data.opened : `Could not open the sidebar: ${answer.error.message}`;
          },
          onPageChange: (callback, signal) => {
            onDomChange(callback, signal);
            onLocationChange(callback, signal);
          },
          pageChangePending: () => domChangePending(document),
          onDataChange: subscribeChanges,
          reportPeople: pagePeople.update,
        },
        signal,
      );
    // Started on every page of the site, people or not: in-app navigation to a
    // profile must find the overlay running (waiting for the address to show
    // people put a storage read and a port on the path to the first badge,
    // about 100 ms later in the badge-latency bench).
    void whileSiteOn(siteOfHost(location.hostname), overlay, ctx.signal);
  },
});
