// Whose figure it is: how English names the sides, their forces and what they do to each other.

/** The names of Russia's groups of forces, as its ministry and its translators write them. */
export const GROUPS_OF_FORCES = 'Tsentr|Center|Centre|Zapad|West|Yug|South|Vostok|East|Sever|North|Dnepr|Dnieper';

/** Actor names, by the country they stand for (regular-expression fragments, any case). */
export const SIDE_ALIASES: ReadonlyArray<readonly [string, string]> = [
  // "the North sent 15,000 troops", as Seoul's reports say; not "the North group of forces".
  ["North Korea(?:'s|ns?)?|N\\. ?Korea(?:'s|ns?)?|Pyongyang(?:'s)?|DPRK(?:'s)?|the North(?= (?:has|had|have|sent|is|was|will|would|also|deployed|dispatched|may|might|could)\\b)", 'North Korea'],
  ["South Korea(?:'s|n)?", 'South Korea'],
  ["Belarus(?:'s|ian)?|Minsk(?:'s)?", 'Belarus'],
  // "The invaders", "the occupiers": in this war, always Russia's forces, whoever writes.
  ["Russian?-launched|Russia(?:'s|ns?)?(?: Federation(?:'s)?)?|Moscow(?:'s)?|(?:the )?Kremlin(?:'s)?|Wagner(?:'s)?|Akhmat|Rosgvardia|pro-Russian|invaders|occupiers|occupying forces|occupation forces|aggressor(?: state)?(?:'s)?|orcs|rashists|Putin's (?:forces|army|troops|military)", 'Russia'],
  // Moscow's groups of forces by name: "the Yug battlegroup", "Battlegroup Center", "the Dnepr group of forces".
  [`(?:${GROUPS_OF_FORCES})(?= (?:battle ?group|group of forces)\\b)|(?<=battle ?group )(?:${GROUPS_OF_FORCES})\\b`, 'Russia'],
  ["Ukrain(?:e(?:'s)?|ian|ians)|Kyiv(?:'s)?|Kiev(?:'s)?|AFU|ZSU", 'Ukraine'],
];

/** Words for the other side, resolved against the claimant's side. */
export const ADVERSARY = "(?:the )?(?:enemy(?:'s)?|adversary(?:'s)?)";

/** A figure for both belligerents together belongs to neither: "killed or wounded on both sides". */
export const BOTH_SIDES = '\\b(?:on|from|for|of|among|across) both sides\\b|\\bboth (?:armies|militaries|sides)\\b|\\b(?:Ukrainian and Russian|Russian and Ukrainian)\\b|\\b(?:losses|casualties|toll) of (?:both )?(?:Russia and Ukraine|Ukraine and Russia)\\b|\\bcombined (?:military )?(?:casualties|losses|toll|death toll)\\b';

/** "in Ukraine", "around Kyiv": a place, not a side. */
export const PLACE_BEFORE =
  "\\b(?:in|into|inside|across|from|near|around|over|on|at|to|against|toward|towards|with|(?<!(?:[Ff]orces|[Ff]orce|[Aa]rmy|[Mm]ilitary|[Ss]taff|[Dd]efen[cs]e|[Nn]avy|[Gg]uard|[Pp]resident|[Gg]overnment|[Mm]inistry|[Ll]osses|[Cc]asualties)\\s)of)\\s+(?:the\\s+)?$";

/** After a side's name, what makes it the loser of the figure: "Russia lost", "Russian forces have suffered". */
export const LOSER_AFTER =
  // "the \"Russians\" lost": a name in quotation marks.
  "^[\"”]?(?:'s|n)?(?:\\s+(?:forces|army|military|troops|soldiers|units|formations|side|armed forces|federation|occupation forces))?(?:\\s+(?:has|have|had|is said to have|are said to have|is believed to have|may have|likely))?(?:\\s+(?:also|now|reportedly|already|so far|likely|probably))?\\s+(?:lost|loses|lose|losing|suffered|suffers|sustained|sustains)\\b";

/** After a side's name, what makes it the sender of the troops counted: "Pyongyang sent", "North Korea has deployed". */
export const SENDER_AFTER = "^(?:'s)?(?:\\s+(?:has|have|had|is said to have|is believed to have|may have|reportedly|also|already|now))*\\s+(?:sent|sends|deployed|deploys|dispatched|dispatches|transferred)\\b";

/**
 * A side's forces inflicting the figure: "Ukraine's defense forces eliminated 1,370 occupiers",
 * "Kyiv claimed its forces destroyed …". The words before the forces (group 1) name the side, or
 * are the claimant's own ("its", "their", "our", "it"); the figure is the other side's.
 */
// … and their gerunds: "killed 250 troops as well as destroying 16 tanks"; forces may have "managed to destroy" them.
export const INFLICTING_VERBS = 'eliminate|eliminated|eliminates|eliminating|destroy|destroyed|destroys|destroying|killed|kills|killing|shot down|shoots down|shooting down|brought down|brings down|bringing down|downed|downs|downing|knocked out|knocks out|taken out|took out|takes out|neutrali[sz]ed|neutrali[sz]ing|liquidated|liquidating|struck|hit(?!\\s+(?:about |over |more than |nearly |almost )?[\\d,.]+\\s+(?:losses|casualties)\\b)|intercepted|intercepting|decimated|wiped out|captured|repelled';
export const FORCES_ACTING = `((?:[\\w'-]+\\s+){1,3}?)(?:(?:own\\s+)?(?:(?:Air Force|Navy|army|military) and (?:the |its )?)?(?:defen[cs]e forces|forces|defenders|troops|soldiers|fighters|military|army|air defen[cs]es?|air defen[cs]e (?:systems|forces)|units|drones|Aerospace Forces|Air Force|Battlegroup \\w+|battlegroups?)\\s+)?(?:(?:claim|claims|claimed|say|says|said|reportedly|are said|were said|is said)\\s+(?:to\\s+)?)?(?:have\\s+|has\\s+|also\\s+|had\\s+|managed\\s+to\\s+|succeeded\\s+in\\s+)*(?:${INFLICTING_VERBS})\\b`;
export const CLAIMANTS_OWN = "\\b(?:its|their|our|it|they|we|the)\\s+$";

/** A metric word, then whose it is: "losses of the", "casualties among". */
// … or the side they were inflicted on: "inflicted casualties on the Russian army".
export const OWNER_AFTER_METRIC = '^[\\w-]+(?:\\s+[\\w-]+)?\\s+(?:of|among|for|on the part of|on)\\s+(?:the\\s+)?$';

/** Between a side and the metric word after it, words that make the side an actor, not its owner: "Ukraine has inflicted casualties". */
export const NOT_OWNER_BETWEEN = '\\b(?:inflict(?:s|ed|ing)?|caus(?:es|ed|ing)|dealt|deals)\\b';

/** "57,500 of its soldiers": the side named before. */
export const OF_ITS_AFTER = '^\\s+of\\s+(?:its|their)\\s';

/** ", while Ukraine had …": a contrasting clause names its own side. */
export const CONTRAST = ',\\s+(?:while|whereas|but)\\s';

/** Passive verbs of what was done to the figure ("were destroyed", "have been shot down"); "were killed" is a casualty count, whoever's. */
export const PASSIVE_INFLICTED = '\\b(?:was|were|is|are|been|being)\\s+(?:\\w+ly\\s+|also\\s+)?(?:eliminated|destroyed|damaged|sunk|shot down|brought down|downed|neutrali[sz]ed|liquidated|struck|hit(?!\\s+(?:about |over |more than |nearly |almost )?[\\d,.]+\\s+(?:losses|casualties)\\b)|intercepted|decimated|wiped out|captured)\\b';
/** The agent after a passive verb: "by Russian forces". */
// "damaged by attacks by Ukrainian forces": the agent of the attacks.
export const BY_AGENT = "^[^.;]{0,60}?\\bby\\s+(?:(?:the\\s+)?(?:attacks|strikes|fire|shelling)\\s+(?:by|of|from)\\s+)?((?:the\\s+)?[\\w'-]+(?:\\s+[\\w'-]+)?)";

/**
 * Casualty words ("had been killed", "died", "wounded"), as a claimant speaks of its own side's
 * losses; "eliminated", "destroyed" are what it did to the other side.
 */
export const OWN_CASUALTY_CUE = '^(?:killed|died|dead|deaths|toll|wounded|injured|lost their lives)$';

/** "As a result of the actions of Russian troops, the enemy lost …": the side named next acted; the figure is its opponent's. */
export const ACTING_AGENT_BEFORE = '\\b(?:as a result of|following|thanks to|in the course of)\\s+(?:the\\s+)?(?:successful\\s+|active\\s+|offensive\\s+|combat\\s+)?(?:actions|operations|fire|strikes|efforts|work)\\s+(?:of|by)\\s+(?:the\\s+)?$';

/** A figure for each belligerent: "100,000 troops on each side", "both sides sustaining 400,000 wounded". */
export const EACH_SIDE = '\\b(?:on|for|from) each side\\b|\\bboth sides (?:sustaining|suffered|suffering|lost|losing|sustained)\\b|\\beach side (?:has |had )?(?:lost|suffered|sustained)\\b';

/**
 * "the losses of the Armed Forces exceeded 560,000": translated reports write Ukraine's forces (ВСУ,
 * ЗСУ) as "the Armed Forces" with no country; Russia's are always named. Case matters: the capitals
 * are the translation's.
 */
export const UNNAMED_ARMED_FORCES = { owner: /\b(?:[Ll]osses|[Cc]asualties)\s+of\s+the\s+Armed\s+Forces\b(?!\s+of\b)[^\d.;]{0,30}$/, side: 'Ukraine' };

/** Aid goes to Ukraine unless the text names another recipient. */
export const DEFAULT_AID_RECIPIENT = 'Ukraine';
