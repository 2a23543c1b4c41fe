/** Whose figure it is: actor names, by the country they stand for. Regular-expression fragments. */
export const SUBJECT_ALIASES: ReadonlyArray<readonly [string, string]> = [
  ["North Korea(?:'s|n)?|Pyongyang(?:'s)?|DPRK(?:'s)?", 'North Korea'],
  ["South Korea(?:'s|n)?", 'South Korea'],
  ["Belarus(?:'s|ian)?|Minsk(?:'s)?", 'Belarus'],
  ["Russia(?:'s|n)?|Moscow(?:'s)?|(?:the )?Kremlin(?:'s)?|Russians|Wagner(?:'s)?|Akhmat|Rosgvardia", 'Russia'],
  ["Ukrain(?:e(?:'s)?|ian|ians)|Kyiv(?:'s)?|Kiev(?:'s)?|AFU|ZSU", 'Ukraine'],
];

/** Words for the other side, resolved against the claimant's side ("the enemy" in a Kyiv update is Russia). */
export const ADVERSARY_WORDS = "(?:the )?(?:enemy(?:'s)?|invaders|occupiers|occupying forces|aggressor(?:'s)?|orcs)";

/** The side a claimant group speaks against, when the text says only "the enemy". */
export const ADVERSARY_OF: Readonly<Record<string, string>> = { UA: 'Russia', RU: 'Ukraine' };
/** The other belligerent, by country. */
export const OPPONENT_OF: Readonly<Record<string, string>> = { Ukraine: 'Russia', Russia: 'Ukraine' };
/** The side a belligerent claimant speaks for: "its forces" in its statement are that side's. */
export const OWN_SIDE_OF: Readonly<Record<string, string>> = { UA: 'Ukraine', RU: 'Russia' };
/**
 * A side's forces inflicting the figure: "Ukraine's defense forces eliminated 1,370 occupiers",
 * "Kyiv claimed its forces destroyed …". The words before the forces (group 1) name the side, or
 * are the claimant's own ("its", "their", "our", "it"); the figure is the other side's.
 */
export const INFLICTING_VERBS = 'eliminated|destroyed|killed|shot down|downed|neutrali[sz]ed|liquidated|struck|hit';
export const SIDE_FORCES_ACTING = `((?:[\\w']+\\s+){1,2}?)(?:(?:own\\s+)?(?:defen[cs]e forces|forces|defenders|troops|soldiers|fighters|military|army|air defen[cs]es?|units|drones)\\s+)?(?:have\\s+|has\\s+|also\\s+)?(?:${INFLICTING_VERBS})\\b`;
export const CLAIMANTS_OWN = "\\b(?:its|their|our|it|they|we)\\s+$";

/** A figure for both belligerents together belongs to neither: "killed or wounded on both sides". */
export const BOTH_SIDES = '\\b(?:on|from|for|of|among|across) both sides\\b|\\bboth (?:armies|militaries)\\b';

/** Aid goes to Ukraine unless the text names another recipient. */
export const DEFAULT_AID_RECIPIENT = 'Ukraine';
