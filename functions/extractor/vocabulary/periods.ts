/**
 * Period expressions, by what they mean. Each is a regular-expression fragment matched
 * case-insensitively; the resolver (../periods.ts) turns a match into dates against the
 * publication date. Order matters: earlier entries win where matches overlap.
 */
export type PeriodCue =
  | 'cumulative'
  | 'day'
  | 'sinceWeekday'
  | 'thisWeek'
  | 'lastWeek'
  | 'thisMonth'
  | 'lastMonth'
  | 'thisYear'
  | 'lastYear'
  | 'inYear'
  | 'inMonth'
  | 'sinceMonth'
  | 'sinceDate'
  | 'pastDays'
  | 'onDate'
  | 'onWeekday'
  | 'yesterday'
  | 'dayBefore'
  | 'undatedSpan'
  | 'firstMonths'
  | 'byEndOf'
  | 'warOpening'
  | 'betweenDates'
  | 'betweenMonths'
  | 'sinceEvent'
  | 'weekend'
  | 'weekTo'
  | 'weekOfMonth';

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?';
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const WAR = '(?:(?:the |its |their |Russia\'s |Moscow\'s )?(?:full-scale |full scale |large-scale )?(?:war|invasion|conflict|hostilities|aggression|special military operation|SMO))';

export const PERIOD_PATTERNS: ReadonlyArray<readonly [string, PeriodCue]> = [
  [`(?:between|from) ${MONTH}\\s+\\d{1,2}(?:,?\\s+(?:19|20)\\d{2})?\\s+(?:and|to|through|until)\\s+(?:${MONTH}\\s+)?\\d{1,2}(?:,?\\s+(?:19|20)\\d{2})?`, 'betweenDates'],
  ['(?:between|from) \\d{1,2}\\.\\d{1,2}\\.(?:19|20)?\\d{2} (?:and|to|through|until) \\d{1,2}\\.\\d{1,2}\\.(?:19|20)?\\d{2}', 'betweenDates'],
  [`(?:between|from) \\d{1,2}(?:\\s+${MONTH})?(?:\\s+(?:19|20)\\d{2})?\\s+(?:and|to|through|until)\\s+\\d{1,2}\\s+${MONTH}(?:\\s+(?:19|20)\\d{2})?`, 'betweenDates'],
  // "on November 22 and 23": two days.
  [`on ${MONTH}\\s+\\d{1,2}\\s+and\\s+\\d{1,2}(?:,?\\s+(?:19|20)\\d{2})?`, 'betweenDates'],
  // "from September through November 2024": whole months.
  [`(?:from|between) ${MONTH}(?:\\s+(?:19|20)\\d{2})?\\s+(?:and|to|through|until)\\s+${MONTH}(?:\\s+(?:19|20)\\d{2})?`, 'betweenMonths'],
  [`by the end of (?:${MONTH}\\s+)?(?:19|20)\\d{2}`, 'byEndOf'],
  ["since (?:the )?(?:start|beginning|launch) of (?:the |its |their |Ukraine's |Kyiv's |Russia's )?(?:[A-Z][a-z]+ )?(?:incursion|offensive|counteroffensive|counter-offensive|operation|assault|battle)", 'sinceEvent'],
  // "losses in the Kursk incursion": over the whole operation, which the text does not date.
  ["(?:in|during|over the course of) (?:the|its|their|Ukraine's|Kyiv's|Russia's) (?:[A-Z][a-z]+ )?(?:incursion|offensive|counteroffensive|counter-offensive|operation)(?! (?:of|in|near|at|on)\\b)", 'sinceEvent'],
  // "since it launched its incursion into Russia's Kursk region in August": from that month.
  [`since (?:it|they|Kyiv|Ukraine|Russia|Moscow|(?:Ukrainian|Russian|its|their) (?:forces|troops)) (?:launched|began|started|mounted) (?:its|their|the|a) (?:surprise )?(?:cross-border )?(?:incursion|offensive|counteroffensive|counter-offensive|operation|assault)(?: into (?:Russia's |the )?[A-Z][a-z]+(?: region| oblast)?)?(?: in ${MONTH}(?:\\s+(?:19|20)\\d{2})?)?`, 'sinceEvent'],
  [`(?:in|during|over) the first (?:days|weeks|months|year) of ${WAR}`, 'warOpening'],
  // "since the start of hostilities in the Kursk direction": a front's own fighting, not the war's.
  ["since (?:the )?(?:beginning|start|outbreak|onset) of (?:the )?(?:hostilities|fighting|combat) in (?:the )?[A-Z][a-z]+ (?:direction|region|area|oblast)", 'sinceEvent'],
  [`since (?:the )?(?:beginning|start|outbreak|onset) of ${WAR}(?: in (?:February|Feb\\.?) 2022| on (?:February|Feb\\.?) 24,? 2022| on 24 February 2022)?`, 'cumulative'],
  [`since ${WAR} (?:began|started|broke out)(?: in (?:February|Feb\\.?) 2022)?`, 'cumulative'],
  [`since (?:Russia|Moscow|the Kremlin)(?:'s forces)? (?:invaded|launched (?:its|the) (?:full-scale )?invasion|began (?:its|the) (?:full-scale )?invasion|crossed into Ukraine)(?: in (?:February|Feb\\.?) 2022)?`, 'cumulative'],
  [`since (?:24 )?(?:February|Feb\\.?)(?: 24)?,? 2022`, 'cumulative'],
  ['since 2022', 'cumulative'],
  [`(?:throughout|during|over the course of|in) the (?:entire |whole |ongoing )?(?:full-scale )?(?:war|invasion)`, 'cumulative'],
  ['(?:bringing|bring|brings|brought|raising|raise|raises|pushing|taking|takes|took)\\s+(?:the|its|their|Ukraine\'s|Kyiv\'s|Russia\'s|Moscow\'s|the overall|the total)\\s+(?:overall\\s+)?(?:total|tally|toll|count|number|losses)', 'cumulative'],
  ['(?:total|overall|cumulative) (?:losses|cost|tally|toll|number|count)|(?:death|casualty) toll', 'cumulative'],
  ['(?:has|have) now (?:lost|reached)|so far|to date|in all(?=\\s*[,.;)]|$)', 'cumulative'],
  ['(?:in|over|during|within) (?:(?:the )?(?:past|last|previous) )?(?:24|twenty-four) hours|(?:in|over|during) (?:the )?(?:past|last|previous) day|in (?:one|a|a single) day|in the day|during the day|per day|over the day|today|overnight|on the (?:last|past) day', 'day'],
  [`since (?:last )?${WEEKDAY}`, 'sinceWeekday'],
  ['this week|so far this week|earlier this week', 'thisWeek'],
  ['(?:last|previous) week(?: alone)?', 'lastWeek'],
  ['this month|so far this month', 'thisMonth'],
  ['(?:last|past|previous) month', 'lastMonth'],
  ['(?:this|the current) year|since the (?:start|beginning) of (?:the|this) year|so far this year|year to date', 'thisYear'],
  ['last year', 'lastYear'],
  [`since ${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+(?:19|20)\\d{2})?|since \\d{1,2}\\s+${MONTH}(?:\\s+(?:19|20)\\d{2})?`, 'sinceDate'],
  [`since (?:the (?:start|beginning) of )?${MONTH}(?:\\s+(?:19|20)\\d{2})?|since (?:the (?:start|beginning) of )?(?:19|20)\\d{2}`, 'sinceMonth'],
  [`(?:in|during|over) the (?:week|seven days) (?:to|ending|through|until) (?:${WEEKDAY}|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}\\s+${MONTH})`, 'weekTo'],
  [`(?:in|during|over) the (?:first|second|third|fourth|last|final) week of ${MONTH}(?:\\s+(?:19|20)\\d{2})?`, 'weekOfMonth'],
  ['(?:over|during|at|on|across) the weekend|(?:this|last|past) weekend', 'weekend'],
  ['(?:in|over|during) the (?:past|last|previous) (?:\\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|fourteen|thirty) (?:days|weeks)|(?:in|over|during) the past week|(?:in|over|within) (?:the (?:past|last|previous) )?(?:48|72|forty-eight|seventy-two) hours', 'pastDays'],
  [`(?:in|during|throughout|for|through|in all of|all of) (?:the month of )?${MONTH}(?:\\s+(?:19|20)\\d{2})?(?! \\d)`, 'inMonth'],
  ['(?:in |during |over )?the first (?:(?:two|three|four|five|six|seven|eight|nine|ten|eleven|\\d{1,2}) months|half|quarter) of (?:19|20)\\d{2}', 'firstMonths'],
  ['in (?:19|20)\\d{2}(?: alone)?|(?:during|throughout) (?:19|20)\\d{2}|(?:for|in|during|over|throughout) (?:most|much|all) of (?:19|20)\\d{2}', 'inYear'],
  [`(?:on |as of |by )?${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+(?:19|20)\\d{2})?|(?:on |as of |by )?\\d{1,2}\\s+${MONTH}(?:\\s+(?:19|20)\\d{2})?`, 'onDate'],
  [`(?:on |last )?${WEEKDAY}`, 'onWeekday'],
  ['yesterday', 'yesterday'],
  // "a day earlier", "the day before": the day before the one the sentence dates.
  ['(?:a|one) day (?:earlier|before)|the day before(?! yesterday)', 'dayBefore'],
  ['(?:in|during|over) the first (?:few )?(?:days?|weeks?|months?) of (?:the )?(?:fighting|combat|clashes|battle|deployment)', 'undatedSpan'],
  // "in the battle for Avdiivka": a battle the text does not date.
  ['(?:in|during|over the course of) the (?:battle|fight|fighting|siege) (?:for|of) [A-Z][\\w-]+', 'undatedSpan'],
  // "its highest figure in a month" compares rather than dates: see COMPARISON_BEFORE.
  ['in (?:just |only )?(?:one|a|a single) (?:week|month)|in (?:just |only )?(?:two|three|four|five|six|\\d{1,2}) (?:weeks|months)', 'undatedSpan'],
];

/** A superlative before "in a month": a comparison ("the highest in a month"), not a period. */
export const COMPARISON_BEFORE = '\\b(?:highest|lowest|largest|biggest|smallest|most|fewest|worst|first time)\\b[^.;]{0,40}$';

/** Reporting verbs before a date make it the date of the statement, not of the figure. */
export const STATEMENT_DATE_BEFORE =
  "(?:said|says|reported|announced|leaked|published|posted|released|stated|wrote|claimed|confirmed|noted|dated|estimated|assessed|told (?:reporters|journalists|lawmakers|(?:[Tt]he )?[A-Z][\\w.]*(?:\\s+[A-Z][\\w.]*){0,3}))(?:\\s+by\\s+(?:the\\s+)?[\\w'-]+(?:\\s+[\\w'-]+){0,2}?)?(?:\\s+(?:in|during|at|via|through|with)\\s+(?:its|his|her|their|the|an?)\\s+(?:[\\w'-]+\\s+){0,2}[\\w'-]+)?\\s+$";

/** Words that put a day figure on an unknown day ("the highest number ... in one day"). */
export const UNDATED_DAY_CONTEXT = '\\b(?:highest|record|largest|biggest|second-highest|third-highest|earlier this month|previous)\\b';
