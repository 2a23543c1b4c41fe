// How English sentences hang together around a figure: clause breaks, reported speech, running
// totals, parts and wholes, lists.
import { WEAK_METRIC_LINK } from './metrics.js';

/** Breaks between clauses: a period expression or a claimant rarely reaches a figure across one. */
export const CLAUSE_BREAKS =
  // ", and" opens a clause before a determiner, a preposition or a name; before a bare noun it goes on a list.
  "[;:]|,\\s+(?:but|while|whereas|which|although)\\b|,\\s+and\\s+(?=(?:the|a|an|its|their|his|her|this|that|these|those|in|during|since|on|at|over|from|after|before|\\p{Lu})\\b)" +
  // A dash before words (not a list label's "tanks – 7,834"), and a relative clause between commas,
  // which nothing reaches across (", when …" after a time says more of that time, and is no break).
  "|\\s[—–]\\s(?=\\p{L})|,\\s+(?:where|who|whose)\\b[^,;]*(?:,|$)";
/**
 * Where reported speech begins ("reveals that Russia lost …"): a period named before it
 * belongs to the telling, not to the figures told. A claimant before it still governs them.
 */
export const REPORTED_CLAUSE = '\\sthat\\s';

/**
 * A dateline before the story: "KYIV (Reuters) -", "MOSCOW, Jan 13 —"; or a page's date label
 * copied with its text ("date 2024-12-18 The ministry said…"). Its city is not a subject.
 */
export const DATELINE = "^(?:[A-Z][A-Z .'-]{2,30}(?:,\\s*[A-Za-z0-9 .]{2,20})?\\s*(?:\\([^)]{1,30}\\))?\\s*[-–—]\\s|\\s*date\\s+\\d{4}-\\d{2}(?:-\\d{2})?\\s+)";

/**
 * A loss foretold is not a loss claimed: "casualties will likely remain above 1,000 a day". A
 * modal with "have" ("may have lost 500,000") is an estimate of the past, and stays a claim.
 */
export const FORECAST_BEFORE =
  "\\b(?:will|would|could|may|might|(?:is|are) (?:expected|projected|likely|set) to)\\s+(?:likely\\s+|probably\\s+|soon\\s+|continue to\\s+)?(?:remain|reach|exceed|rise|surpass|top|lose|suffer|climb|hit|grow|increase|double|approach)\\b[^;:,]{0,40}$|\\blikely to continue to exceed\\s+$" +
  // "is on a path to lose 650,000 soldiers", "British intelligence predicts 500,000 deaths by 2025".
  "|\\b(?:on (?:a|the|course|track) (?:path |course |track )?to|set to)\\s+(?:lose|suffer|reach|exceed|top|hit|surpass)\\b[^;:,]{0,40}$|\\b(?:predicts?|predicted|forecasts?|forecasted|projects?|projected)\\b[^;:,]{0,40}$" +
  // A figure in a condition: "if they are prepared to take another half a million casualties".
  "|\\bif\\b[^.;:,]{0,80}$" +
  // "the Kremlin will have to justify the losses of 650,000 people".
  "|\\b(?:will|would) have to\\b[^.;:,]{0,50}$";

/** After the figure, a loss foretold: "1 million Russian dead, which could be expected by autumn 2025". */
// … and what was about to befall it: "One soldier, as he was about to be captured, …".
export const FORECAST_AFTER = "^[^.;]{0,60}?\\b(?:(?:could|would|will|may|might|can) be (?:expected|reached|hit|surpassed)|(?:is|are) (?:expected|projected|forecast) (?:by|to be reached)|(?:was|were|is|are) about to be)\\b";

/** Perfect tenses, "now" and tolls put at a figure: an undated loss that is a running total. */
export const RUNNING_TOTAL =
  // "is said to have lost" reports a claim; it makes no running total.
  "(?<!\\bto\\s)\\b(?:has|have|had|'s)\\s+(?:now\\s+|also\\s+|\\w+ly\\s+|already\\s+|so far\\s+|in total\\s+|thus far\\s+)*(?:lost|suffered|sustained|been killed|been wounded|been lost|reached|died|recorded|surpassed|exceeded|topped|documented|confirmed|verified|counted|tallied|identified|named|passed|crossed)\\b" +
  // Weapons destroyed in the present perfect ("the SBU has hit 87 air defence systems").
  "|\\b(?:has|have)\\s+(?:now\\s+|also\\s+|\\w+ly\\s+|already\\s+|so far\\s+)?(?:destroyed|downed|shot down|sunk|hit|struck|eliminated|captured)\\b" +
  "|\\b(?:have|has|had) been (?:destroyed|downed|shot down|sunk|killed|wounded|injured|lost|captured)\\b" +
  "|\\b(?:losses|casualties|death toll|toll|number|count|tally)\\s+(?:now\\s+)?(?:stand|stands|stood)\\s+at\\b" +
  "|\\b(?:put|puts|estimated?|estimates|assessed|assesses|places?|placed)\\s+(?:[\\w']+\\s+){0,5}(?:casualties|losses|death toll|toll|dead|number)\\s+(?:[\\w']+\\s+){0,6}?at\\b" +
  '|\\b(?:count|tally|toll) (?:was|is) approaching\\b|\\bapproaching\\s+$';

/** Words with which a figure refers back to the count of the sentence before. */
// "the true figure likely surpasses 100,000": the real number of what was counted before.
export const REFERS_BACK = '\\b(?:record|compares?|compared|comparison|(?:true|real|actual) (?:figure|number|toll|count|tally))\\b';

/** "including", "of which": a part of the figure before. */
export const PART_OF_BEFORE = '^\\s*,?\\s*(?:including|of which|of them|among them|with)\\s+(?:about\\s+|some\\s+|over\\s+|more than\\s+|nearly\\s+|almost\\s+|up to\\s+|roughly\\s+|around\\s+)?$';

/** "six of seven cruise missiles", "76 out of 188 drones", "two of about a dozen warships": a part, then the whole. */
export const OF_WHOLE = '^\\s+(?:out\\s+)?of\\s+(?:the\\s+|its\\s+|their\\s+|his\\s+|her\\s+)?(?:about\\s+|some\\s+|around\\s+|roughly\\s+|nearly\\s+|almost\\s+|over\\s+|more than\\s+)?$';

/** "9,468 (+12) tanks": the General Staff's figures in prose, the day's increment between total and noun. */
export const INCREMENT_AFTER = '^\\s*\\(\\+\\s?[\\d,.]+\\s?\\)';

/** Words that carry on the report before: "also", "In addition", "Another 28 aircraft". */
export const CONTINUES = '\\b(?:also|includ(?:e|es|ed|ing)|in addition|additionally|another|apart from|besides|as well as|furthermore|moreover|plus|of these|of them|of which|the majority of|most of|among (?:them|these|the))\\b';

/** "2,100 and 1,950 in March and April, respectively". */
export const RESPECTIVELY = ',?\\s+respectively\\b';

/** "the Russian army lost 1,550 people": people an army lost are its soldiers. */
export const PEOPLE_AFTER = '^\\s+(?:\\(\\d[\\d,. ]*\\)\\s+)?(?:people|persons|individuals)\\b';
export const ARMY_LOST_BEFORE =
  `\\b(?:(?:army|forces|military|troops|enemy|occupiers|invaders|Russia(?:ns)?|Ukraine|Ukrainians|Kyiv|Kiev|Moscow)\\s+(?:(?:may|might|could|likely|probably)\\s+)?(?:has\\s+|have\\s+|had\\s+)?(?:(?:also|already|now)\\s+)?(?:lost|loses|suffered|suffers|(?:(?:is|are)\\s+about\\s+to\\s+)?suffer)|(?:army|forces|military|troops)\\s+had|losses\\b[^.;]{0,80}?\\s${WEAK_METRIC_LINK})\\s+["“]?(?:[a-z]+\\s+){0,4}$`;

/** The last word of a noun phrase that makes a bare figure a loss. */
export const LOSS_WORDS = '^(?:casualt|dead|deaths|killed|lives|losses|fatalities)';

/** Before a list figure, its label: "tanks — 7,834", "| Tanks | 7,834 |". */
export const LIST_LABEL_TAIL = "(?:\\s+[\\w/-]+){0,2}\\s*(?:\\([^)]{0,30}\\)\\s*)?[—–:|-]+\\s*(?:about|approximately|~|ca\\.)?\\s*$";

/** Money with no noun is an aid package when it is given: "pledged a further $425 million". */
export const MONEY_AID = '\\b(?:aid|assistance|package|pledg|provid|donat|grant|fund|financ|allocat|approv)';
