import type { Identity } from '../domain/identity';
import type { SiteId } from './site-switches';

/** One person the user can see on the page, and where their badge goes. */
export interface FoundIdentity {
  identity: Identity;
  /** The display name as the page shows it: on the badge, and for the "add to Rapport" capture. */
  name: string;
  headline?: string;
  company?: string;
  /**
   * Fuller facts for the capture, where the page holds better ones than it
   * shows but reading them costs (parsing its embedded data): read only when
   * the person is added, never on the path to the badge.
   */
  facts?(): PersonFacts;
  /**
   * The element the badge is placed after. A person shown in several places
   * (a sender in three messages) is reported once per place; the overlay
   * looks each identity up once and badges every anchor.
   */
  anchor: Element;
}

/** What a page says about a person, as captured when they are added to Rapport. */
export type PersonFacts = Pick<FoundIdentity, 'name' | 'headline' | 'company'>;

/** Reads the people off one kind of page. See DESIGN.md, "A site adapter". */
export interface SiteAdapter {
  id: string;
  /** The site it belongs to, which the user can switch off as a whole (settings). */
  site: SiteId;
  /** Content-script match patterns for the pages this adapter may run on. */
  matches: readonly string[];
  /** Whether this adapter handles the page at `url`; pure and cheap. */
  detect(url: URL): boolean;
  findIdentities(doc: Document, url: URL): FoundIdentity[];
  /** URLs that must be detected by this adapter and by no other. */
  examples: readonly string[];
}
