/** Words that end the noun phrase after a figure: a counted noun never stands past them. */
export const PHRASE_STOP_WORDS =
  'lost|loses|lose|killed|were|was|is|are|has|have|had|be|been|being|and|or|but|in|on|at|to|from|since|with|by|for|as|that|which|who|said|says|plus|including|per|during|over|after|before|while|than|the|an?';

/** Modifiers that may stand between a figure and what it counts: "1,200 more Russian soldiers". */
export const PHRASE_LEAD_IN = '(?:(?:of|in)\\s+)?(?:(?:the|those|these|its|their|his|her)\\s+)?';

/**
 * A loss foretold is not a loss claimed: "casualties will likely remain above 1,000 a day". A
 * modal with "have" ("may have lost 500,000") is an estimate of the past, and stays a claim.
 */
export const FORECAST_BEFORE =
  "\\b(?:will|would|could|may|might|(?:is|are) (?:expected|projected|likely|set) to)\\s+(?:likely\\s+|probably\\s+|soon\\s+|continue to\\s+)?(?:remain|reach|exceed|rise|surpass|top|lose|suffer|climb|hit|grow|increase|double)\\b[^;:,]{0,40}$";

/** Perfect tenses that make an undated loss a running total: "Russia has lost 6,900 tanks". */
export const RUNNING_TOTAL_VERBS =
  "\\b(?:has|have|had|'s)\\s+(?:now\\s+|also\\s+|\\w+ly\\s+|already\\s+|so far\\s+|in total\\s+)?(?:lost|suffered|sustained|been killed|reached|died|recorded|surpassed|exceeded|topped|documented|confirmed|verified|counted|tallied|identified|named|passed|crossed)\\b" +
  // Weapons destroyed in the present perfect ("the SBU has hit 87 air defence systems"); "had
  // destroyed" is mostly reported speech of a day's news.
  "|\\b(?:has|have)\\s+(?:now\\s+|also\\s+|\\w+ly\\s+|already\\s+|so far\\s+)?(?:destroyed|downed|shot down|sunk|hit|struck|eliminated|captured)\\b" +
  // "estimate Ukrainian casualties at 124,500": a toll put at a figure is a running total.
  // "Russia's losses now stand at 600,000".
  "|\\b(?:losses|casualties|death toll|toll)\\s+(?:now\\s+)?(?:stand|stands|stood)\\s+at\\b" +
  "|\\b(?:put|puts|estimated?|estimates|assessed|assesses|places?|placed)\\s+(?:[\\w']+\\s+){0,5}(?:casualties|losses|death toll|toll|dead)\\s+at\\b";

/** "in this time", "during the month": the period of the sentence before. */
export const PERIOD_ANAPHORA = '\\b(?:in|during|over|in the course of) (?:(?:this|that|the same) (?:time|period)|the (?:week|month|year)(?! (?:of|to|before|after|ending)\\b))\\b';

/** Breaks between clauses: a period expression rarely reaches a figure across one. */
export const CLAUSE_BREAKS = '[;:]|,\\s+(?:and|but|while|whereas|with|which|although)\\b|\\s[—–]\\s';

/**
 * Where reported speech begins ("reveals that Russia lost …"): a period named before it
 * belongs to the telling, not to the figures told. A claimant before it still governs them.
 */
export const REPORTED_CLAUSE = '\\sthat\\s';

/** A dateline before the story: "KYIV (Reuters) -", "MOSCOW, Jan 13 —". Its city is not a subject. */
export const LEADING_DATELINE = "^[A-Z][A-Z .'-]{2,30}(?:,\\s*[A-Za-z0-9 .]{2,20})?\\s*(?:\\([^)]{1,30}\\))?\\s*[-–—]\\s";

/** After a side's name, what makes it the loser of the figure: "Russia lost", "Russian forces have suffered". */
export const LOSER_AFTER_SUBJECT =
  "^(?:'s|n)?(?:\\s+(?:forces|army|military|troops|soldiers|units|formations|side))?\\s+(?:has\\s+|have\\s+|had\\s+)?(?:also\\s+|now\\s+|reportedly\\s+|already\\s+)?(?:lost|loses|lose|suffered|suffers)\\b";
