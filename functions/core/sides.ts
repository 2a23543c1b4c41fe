// The belligerents, one row each: which claimant group speaks for a side, and whom it fights.
// The extractor reads "the enemy" in a claimant's statement, or "its forces destroyed …", by it.
import type { SourceGroup } from './claim.js';

export interface Belligerent {
  side: string;
  /** The claimants that speak for it. */
  group: SourceGroup;
  opponent: string;
  /** Who reports what its forces did, when no one else is named ("Ukrainian forces neutralized 1,600 …"). */
  military: string;
}

export const BELLIGERENTS: readonly Belligerent[] = [
  { side: 'Russia', group: 'RU', opponent: 'Ukraine', military: 'Russian Ministry of Defence' },
  { side: 'Ukraine', group: 'UA', opponent: 'Russia', military: 'General Staff of the Armed Forces of Ukraine' },
];

/** The side a claimant group speaks for ("its forces" in its statement are that side's). */
export const sideOfGroup = (group: SourceGroup | null): string | null => BELLIGERENTS.find((b) => b.group === group)?.side ?? null;
/** The side a claimant group speaks against ("the enemy" in a Kyiv update is Russia). */
export const adversaryOfGroup = (group: SourceGroup | null): string | null => BELLIGERENTS.find((b) => b.group === group)?.opponent ?? null;
/** The other belligerent. */
export const opponentOf = (side: string): string | null => BELLIGERENTS.find((b) => b.side === side)?.opponent ?? null;
/** The belligerent row of a side. */
export const belligerent = (side: string): Belligerent | undefined => BELLIGERENTS.find((b) => b.side === side);
