// The extractor: every figure in a war-news article, as claims with subject, metric, value,
// period, claimant and the sentence behind it. Pure: no I/O, never throws, linear in the text.
import { METRICS, type ClaimKind, type IsoDate, type LocatedClaim, type MetricName, type Period, type Qualifier } from '../core/claim.js';
import { findSpeakers, takesUpClaimant, type Attribution } from './claimants.js';
import { daysCovered, isIsoDate } from '../core/calendar.js';
import { findMentions, joinModelNumbers, type Mention } from './mentions.js';
import {
  dayDateOf,
  findPeriodExpressions,
  resolvePeriod,
  separateStatementTime,
  type PeriodExpression,
  type StatementTime,
} from './periods.js';
import { alternation, matchesOf } from './patterns.js';
import { newLineContext, textToRead } from './lines.js';
import { splitSentences, type Sentence } from './sentences.js';
import { CLAUSE_BREAKS, FORECAST_BEFORE, LEADING_DATELINE, LOSER_AFTER_SUBJECT, PERIOD_ANAPHORA, REPORTED_CLAUSE, PHRASE_LEAD_IN, PHRASE_STOP_WORDS, RUNNING_TOTAL_VERBS } from './vocabulary/grammar.js';
import { KIND_CUES, WEAK_DEPLOYMENT_CUE } from './vocabulary/kinds.js';
import { DAILY_MAXIMUM, DEPLOYED_METRIC, METRIC_PHRASES, NOT_THE_METRIC_AFTER, OTHER_COUNTED_NOUNS, WEAK_METRIC_LINK, WEAK_METRIC_WORDS } from './vocabulary/metrics.js';
import { NUMBER_WORDS } from './vocabulary/numbers.js';
import { QUALIFIER_PHRASES } from './vocabulary/qualifiers.js';
import { INCREMENT_LIST_CLAIMANT, type Claimant } from './vocabulary/sources.js';
import {
  ADVERSARY_OF,
  ADVERSARY_WORDS,
  BOTH_SIDES,
  CLAIMANTS_OWN,
  DEFAULT_AID_RECIPIENT,
  OPPONENT_OF,
  OWN_SIDE_OF,
  INFLICTING_VERBS,
  SIDE_FORCES_ACTING,
  SUBJECT_ALIASES,
} from './vocabulary/subjects.js';

export interface ExtractOptions {
  /** The article's publication date, `YYYY-MM-DD`; relative dates are resolved against it. */
  published?: string | null;
}

export interface ExtractResult {
  claims: LocatedClaim[];
  /** The date relative expressions were resolved against, or null when none was known. */
  published: string | null;
  warnings: string[];
}

// ---------------------------------------------------------------------------------------------
// Vocabulary, compiled once.

const METRIC_ALTERNATION = METRIC_PHRASES.map(([phrase]) => `(${phrase})`).join('|');
const metricOfGroups = (groups: ArrayLike<string | undefined>, offset: number): { metric: MetricName; word: string } | null => {
  for (let i = 0; i < METRIC_PHRASES.length; i++) {
    const word = groups[i + offset];
    if (word !== undefined) return { metric: METRIC_PHRASES[i]![1], word };
  }
  return null;
};
const NUMBER_WORD_ALTERNATION = Object.keys(NUMBER_WORDS).filter((w) => !w.includes(' ')).join('|');
/** A word between a figure and its noun: "1,200 more Russian soldiers". */
const MODIFIER = `(?!(?:${PHRASE_STOP_WORDS}|${NUMBER_WORD_ALTERNATION})\\b)(?![\\d,.]+\\b)[\\w.'’-]+`;
const FORWARD_METRIC = new RegExp(`^\\s*${PHRASE_LEAD_IN}((?:${MODIFIER}\\s+){0,3}?)(?:${METRIC_ALTERNATION})(?![\\w-])`, 'i');
const SPELLED_METRIC = new RegExp(`^\\s*((?:${MODIFIER}\\s+){0,2}?)(?:${METRIC_ALTERNATION})(?![\\w-])`, 'i');
const NEXT_METRIC = new RegExp(`^(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+|\\s+or\\s+)(?:other\\s+)?((?:${MODIFIER}\\s+){0,2}?)(?:${METRIC_ALTERNATION})(?![\\w-])`, 'i');
const ANY_METRIC = new RegExp(`(?<![\\w-])(?:${METRIC_ALTERNATION})(?![\\w-])`, 'gi');
/** Metrics that name equipment: only these combine into `a+b` categories. */
const COMBINABLE = new Set<MetricName>(METRICS.filter((m) => !['personnel', 'troops', 'aid', 'equipment'].includes(m)));
const SOLDIER_METRICS = new Set<MetricName>(['personnel']);
const DATELINE = new RegExp(LEADING_DATELINE);
const SIDE_ACTING = new RegExp(SIDE_FORCES_ACTING, 'i');
const INFLICTING_VERB = new RegExp(`\\b(?:${INFLICTING_VERBS})\\b`, 'i');
const LOSER = new RegExp(LOSER_AFTER_SUBJECT, 'i');
/** "in Ukraine", "around Kyiv": a place, not a side. */
const PLACE_BEFORE = /\b(?:in|into|inside|across|from|near|around|over|on|at|to|against)\s+(?:the\s+)?$/i;
/** The side's own name at the start of a text, so what follows it can be read. */
const SUBJECT_WORD = /^(?:the\s+)?[\w-]+(?:\s+Korea)?/i;
/** How far a clause break puts two things apart, whatever their distance in characters. */
const CLAUSE_BREAK_DISTANCE = 1000;
const PERIOD_BREAK = new RegExp(`${CLAUSE_BREAKS}|${REPORTED_CLAUSE}`, 'i');
const CLAIMANTS_OWN_WORD = new RegExp(CLAIMANTS_OWN, 'i');
const RATE = /^(?:per|a) day$/i;
const FORECAST = new RegExp(FORECAST_BEFORE, 'i');
const RATE_AFTER = /^\s*(?:(?:a|per|each|every) day|daily)\b/i;
/**
 * What may follow a figure that has no noun of its own: punctuation, "of which", "in August",
 * "were", or what happened to it ("of which 2,300 were destroyed, 160 abandoned").
 */
const BARE_AFTER = new RegExp(`^\\s*(?:[^\\w\\s-]|$|(?:${PHRASE_STOP_WORDS}|of|more|destroyed|damaged|abandoned|captured|downed|shot down|wounded|missing)\\b)`, 'i');
const OTHER_COUNTED_AFTER = new RegExp(`^\\s+(?:${OTHER_COUNTED_NOUNS})\\b`, 'i');
/** A noun of its own among a figure's modifiers: "11,000 civilians killed" counts civilians. */
const OTHER_COUNTED_WORD = new RegExp(`\\b(?:${OTHER_COUNTED_NOUNS})\\b`, 'i');
const LOSS_WORDS = /^(?:casualt|dead|deaths|killed|lives|losses)/i;
const NOT_THE_METRIC = new RegExp(`^\\s+(?:${NOT_THE_METRIC_AFTER})\\b`, 'i');
/** "losses reached", "losses in the Kursk region have exceeded": a place may stand before the verb. */
const WEAK_LINK = new RegExp(`^(?:\\s+(?:in|around|near|on|along|at)\\s+(?:the\\s+)?[\\w'-]+(?:\\s+[\\w'-]+){0,2}?)?\\s+${WEAK_METRIC_LINK}(?:\\s+[a-z]+){0,3}\\s+$`, 'i');
/** "the Russian army lost 1,550 people": people an army lost are its soldiers. */
const PEOPLE_AFTER = /^\s+(?:people|persons)\b/i;
const ARMY_LOST_BEFORE = new RegExp(
  `\\b(?:(?:army|forces|military|troops|enemy|occupiers|invaders|Russia|Ukraine)\\s+(?:has\\s+|have\\s+|had\\s+)?(?:also\\s+)?(?:lost|loses)|losses\\b[^.;]{0,80}?\\s${WEAK_METRIC_LINK})\\s+(?:[a-z]+\\s+){0,2}$`,
  'i',
);
const REPORTED_BACK = /^(?:this|that|these|the (?:figures?|data|numbers?|information))\s+(?:was|were|is|are|has been|have been)\s+(?:reported|stated|announced|published|posted|shared|released)\s+by\b/i;
const PART_OF_BEFORE = /^\s*,?\s*(?:including|of which|of them|among them)\s+(?:about\s+|some\s+|over\s+|more than\s+|nearly\s+|almost\s+|up to\s+)?$/i;
const OF_ITS_AFTER = /^\s+of\s+(?:its|their)\s/i;
/** Words with which a figure refers back to the count of the sentence before. */
const REFERS_BACK = /\b(?:record|compares?|compared|comparison)\b/i;
/** ", while Ukraine had …": a contrasting clause names its own side. */
const CONTRAST = /,\s+(?:while|whereas|but)\s/gi;
const ARTICLE_ONE = /^an?$/i;
const PAST_VERB = /\b[a-z]+ed\b/;
/** A metric word, then whose it is: "losses of the", "casualties among". */
const OWNER_AFTER_METRIC = /^[\w-]+(?:\s+[\w-]+)?\s+(?:of|among|for)\s+(?:the\s+)?$/i;
/** "six of seven cruise missiles", "76 out of 188 drones": a part, then the whole. */
const OF_WHOLE = /^\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?$/i;

/** One pass: the longest qualifier phrase that ends right before the figure. */
const QUALIFIER_WORDS = alternation([...QUALIFIER_PHRASES].sort((a, b) => b[0].length - a[0].length), false);
const QUALIFIER = new RegExp(`(?<![\\w])(?:${QUALIFIER_WORDS.source})\\s+(?:\\$\\s?|US\\$\\s?)?$`, 'i');
const KINDS = alternation(KIND_CUES);
const WEAK_DEPLOYMENT = new RegExp(WEAK_DEPLOYMENT_CUE, 'i');
const SUBJECTS = alternation(SUBJECT_ALIASES);
const ADVERSARY = new RegExp(`(?<![\\w-])${ADVERSARY_WORDS}(?![\\w-])`, 'gi');
const BOTH = new RegExp(BOTH_SIDES, 'i');
const RECIPIENT = /\b(?:to|for)\s+(Ukraine|Russia|North Korea|Israel|Taiwan)\b/;
const RUNNING_TOTAL = new RegExp(RUNNING_TOTAL_VERBS, 'i');
const ANAPHORIC_PERIOD = new RegExp(PERIOD_ANAPHORA, 'i');
const CLAUSE_BREAK = new RegExp(CLAUSE_BREAKS, 'i');
/** "9,468 (+12) tanks": the General Staff's figures in prose, the day's increment between total and noun. */
const INCREMENT_AFTER = /^\s*\(\+\s?[\d,.]+\s?\)/;
/** "tanks — 7,834 (+6)", "| Tanks | 7,834 | +6 |": the General Staff's list style, label first. */
const LIST_LABEL = new RegExp(`(?:${METRIC_ALTERNATION})(?:\\s+[\\w/-]+){0,2}\\s*(?:\\([^)]{0,30}\\)\\s*)?[—–:|-]+\\s*(?:about|approximately|~|ca\\.)?\\s*$`, 'i');

// ---------------------------------------------------------------------------------------------

interface ArticleState {
  /** The article as given: quotes are cut from it verbatim. */
  original: string;
  published: IsoDate | null;
  claimant: Claimant | null;
  subject: string | null;
  /** The day a claimant was last said to speak on ("reported on Nov. 24"): its later figures are dated by it too. */
  statementDay: { day: IsoDate; source: string } | null;
  /** Headline claims that name no claimant, until the lead names one. */
  unattributedHeadline: LocatedClaim[];
  /** The claims of the last sentence with figures, which "This was reported by …" may attribute. */
  lastClaims: LocatedClaim[];
  /** The last period named in a sentence with figures, as dated there. */
  period: Period | null;
  /**
   * The last few sentences without figures since then: what "over the same period" may refer to
   * as well. Their periods are read only when a sentence does.
   */
  unread: Array<{ text: string; attributed: boolean }>;
}

/** Extracts the claims of one article's clean text. Never throws. */
export function extractClaims(text: string, options: ExtractOptions = {}): ExtractResult {
  const warnings: string[] = [];
  let published = options.published ?? null;
  if (published && !isIsoDate(published)) {
    warnings.push(`ignored publication date "${published}": not a YYYY-MM-DD date`);
    published = null;
  }
  if (!published) warnings.push('no publication date: relative dates are left unresolved');
  const state: ArticleState = { original: text, published, claimant: null, subject: null, statementDay: null, unattributedHeadline: [], lastClaims: [], period: null, unread: [] };
  const claims: LocatedClaim[] = [];
  const fromHeadline = new WeakSet<LocatedClaim>();
  // Curly apostrophes read as straight ones, every dash as an en dash, and a model's number as
  // part of its name (all the same length, so offsets hold); quotes stay verbatim.
  const lines = newLineContext();
  for (const sentence of splitSentences(joinModelNumbers(text.replace(/[‘’]/g, "'").replace(/[‒―−]/g, '–')))) {
    try {
      const found = claimsOfSentence({ ...sentence, text: textToRead(sentence, lines) }, state);
      if (sentence.headline) for (const claim of found) fromHeadline.add(claim);
      claims.push(...found);
    } catch (error) {
      warnings.push(`skipped a sentence at ${sentence.start}: ${(error as Error).message}`);
    }
  }
  return { claims: mergeRepeats(claims, fromHeadline), published, warnings };
}

interface Figure {
  mention: Mention;
  metric: string;
  /** Where the counted noun phrase ends (for a metric read after the figure). */
  phraseEnd: number;
  /** Text between the figure and its noun: where "Russian" in "1,200 Russian soldiers" stands. */
  modifiers: string;
  /** Where the metric word stands when it was read before the figure. */
  metricBefore: number | null;
  listItem: boolean;
  /** Counts what the sentence before counted ("The previous record of 2,030 …"): a loss like those. */
  carried?: boolean;
  /** For the whole in "six of seven missiles": the part, whose side it shares; the whole itself did not happen. */
  partOf?: Figure;
}

function claimsOfSentence(sentence: Sentence, state: ArticleState): LocatedClaim[] {
  const text = sentence.text;
  const { attributions, otherSpeaker } = findSpeakers(text, state.claimant);
  const dateline = DATELINE.exec(text);
  const found = findMentions(text);
  const expressions = found.length > 0 ? periodExpressionsOf(text, dateline) : [];
  // A figure inside a period expression is part of a date: "between November 1 and 30".
  const mentions = found.filter((m) => !expressions.some((e) => m.start >= e.start && m.end <= e.end));
  const lastLoss = state.lastClaims.findLast((c) => c.kind === 'loss' && c.unit === 'count');
  const figures = readFigures(text, mentions, lastLoss?.metric ?? null);
  // A sentence that gives its words to someone else does not inherit the claimant in force.
  const previousClaimant = otherSpeaker ? null : state.claimant;
  const carried = attributions.filter((a) => !a.local);
  if (carried.length > 0) state.claimant = carried[carried.length - 1]!.claimant;
  else if (!takesUpClaimant(text, state.claimant)) state.claimant = previousClaimant;

  const firstFigure = figures[0]?.mention.start ?? text.length;
  const { periods, statement } = separateStatementTime(text, expressions, state.published, opensWithClaimant(text, attributions, firstFigure));
  if (statement && 'day' in statement && state.claimant) state.statementDay = { day: statement.day, source: state.claimant.name };
  const subjectText = blankOut(text, dateline ? [...attributions, { start: 0, end: dateline[0].length }] : attributions);
  const sentenceSubject = leftmostSubject(subjectText, 0, text.length);

  const claims: LocatedClaim[] = [];
  const subjects = new Map<Figure, string | null>();
  // The General Staff's own list format names no claimant: it is theirs, and so are the lines after it.
  const incrementList = figures.some((f) => f.mention.increment);
  if (incrementList && !state.claimant && attributions.length === 0) state.claimant = INCREMENT_LIST_CLAIMANT;
  const cues = figures.length > 0 ? kindCuesOf(text) : [];
  for (const figure of figures) {
    let kind = figure.partOf ? 'other' : kindOf(text, figure, cues);
    // Money sent is aid, whatever it buys: "$500m worth of interceptors" counts as an aid package;
    // so are weapons sent to a named recipient ("will send six jets to Ukraine").
    if (kind === 'deployment' && (figure.mention.usd || (!SOLDIER_METRICS.has(figure.metric as MetricName) && RECIPIENT.test(text.slice(figure.phraseEnd))))) kind = 'aid';
    // Soldiers are not given as aid: "provided 11,000 troops to Russia" deploys them; "received the bodies of 563 soldiers" is no claim.
    if (kind === 'aid' && SOLDIER_METRICS.has(figure.metric as MetricName)) kind = RECIPIENT.test(text.slice(figure.phraseEnd)) ? 'deployment' : null;
    if (!kind || (figure.metric === 'aid' && kind !== 'aid')) continue;
    if (kind === 'loss' && FORECAST.test(text.slice(Math.max(0, figure.mention.start - 100), figure.mention.start))) continue;
    const named = nearestClaimant(text, attributions, figure.mention);
    // Aid is announced by whoever its sentence names; a belligerent's claims before it do not carry into it.
    const claimant = kind === 'aid' ? named : (named ?? previousClaimant ?? state.claimant);
    let metric = figure.mention.usd && kind === 'aid' ? 'aid' : figure.metric;
    if (kind === 'deployment' && SOLDIER_METRICS.has(metric as MetricName)) metric = DEPLOYED_METRIC;
    // Money is never soldiers, and an aid package is counted in money only ("20,000 containers of munitions" is not one).
    if (figure.mention.usd ? metric === 'personnel' || metric === 'troops' : metric === 'aid') continue;
    // "Ukraine says 57,500 of its soldiers": "its" is the side named last before, claimant or not.
    const possessor = OF_ITS_AFTER.test(text.slice(figure.mention.end)) ? subjectsIn(text, 0, figure.mention.start).pop()?.subject : undefined;
    const subject = (figure.partOf && subjects.get(figure.partOf)) ?? possessor ?? subjectOf(subjectText, figure, kind, claimant, sentenceSubject ?? state.subject);
    subjects.set(figure, subject);
    const spokenOn = statement ?? (claimant && state.statementDay?.source === claimant.name ? { day: state.statementDay.day } : null);
    const period = kind === 'loss' ? periodOf(text, figure, figures, periods, spokenOn, state) : null;
    claims.push({
      subject,
      metric,
      unit: figure.mention.usd ? 'USD' : 'count',
      value: figure.mention.value,
      valueMax: figure.mention.valueMax,
      qualifier: qualifierOf(text, figure.mention),
      kind,
      period,
      source: claimant?.name ?? null,
      sourceGroup: claimant?.group ?? null,
      quote: state.original.slice(sentence.start, sentence.end),
      quoteStart: sentence.start,
      quoteEnd: sentence.end,
      evidence: [],
    });
  }
  // What later sentences are about: whose figures this one gave, else the first side it named.
  state.subject = claims.findLast((c) => c.kind === 'loss' && c.subject)?.subject ?? sentenceSubject ?? state.subject;
  if (found.length > 0) state.lastClaims = claims;
  // A headline that names no claimant is the article's: the first one its lead names.
  if (sentence.headline) state.unattributedHeadline.push(...claims.filter((c) => !c.source));
  else if (state.unattributedHeadline.length > 0) {
    const lead = carried[0]?.claimant;
    if (lead) for (const claim of state.unattributedHeadline) if (!claim.source) Object.assign(claim, { source: lead.name, sourceGroup: lead.group });
    state.unattributedHeadline = [];
  }
  // The sentence's last period is the one later sentences may refer back to; without figures, it
  // is read only if one does.
  if (found.length === 0) {
    state.unread = [...state.unread.slice(1 - UNREAD_SENTENCES), { text, attributed: opensWithClaimant(text, attributions, text.length) }];
    // "This was reported by the General Staff": the claimant of the figures just read, named after them.
    const namedAfter = attributions[0]?.claimant;
    if (namedAfter && REPORTED_BACK.test(text)) {
      for (const claim of state.lastClaims) if (!claim.source) Object.assign(claim, { source: namedAfter.name, sourceGroup: namedAfter.group });
    }
  } else if (periods.length > 0) {
    state.period = resolvePeriod(periods[periods.length - 1]!, { sentence: text, published: state.published, statement, dayDate: null });
    state.unread = [];
  }
  return claims;
}

// ---------------------------------------------------------------------------------------------
// What each figure counts.

/** `carriedMetric`: what the figures of the sentence before counted, for a bare figure that refers back to them. */
function readFigures(text: string, mentions: Mention[], carriedMetric: string | null): Figure[] {
  const figures: Figure[] = [];
  const wholes = new Map<Mention, Figure>();
  for (const [i, mention] of mentions.entries()) {
    if (figures.some((f) => mention.start < f.phraseEnd && mention.start >= f.mention.start)) continue;
    const after = text.slice(mention.end);
    const whole = mentions[i + 1];
    if (whole && !mention.usd && OF_WHOLE.test(text.slice(mention.end, whole.start))) {
      // The part counts what the whole does; the whole is read next, as a whole.
      const noun = (whole.spelled ? SPELLED_METRIC : FORWARD_METRIC).exec(text.slice(whole.end));
      if (noun) {
        const part = countedByNounAhead(mention, noun, false);
        figures.push(part);
        wholes.set(whole, part);
        continue;
      }
    }
    const increment = mention.spelled ? null : INCREMENT_AFTER.exec(after);
    if (increment) {
      // The noun after the increment counts the total too; the increment itself is read next.
      const noun = FORWARD_METRIC.exec(after.slice(increment[0].length));
      if (noun) {
        figures.push(countedByNounAhead(mention, noun, true));
        continue;
      }
    }
    const people = PEOPLE_AFTER.exec(after);
    if (people && ARMY_LOST_BEFORE.test(text.slice(Math.max(0, mention.start - 140), mention.start))) {
      figures.push({ mention, metric: 'personnel', phraseEnd: mention.end + people[0].length, modifiers: '', metricBefore: null, listItem: false });
      continue;
    }
    const forward = (mention.spelled ? SPELLED_METRIC : FORWARD_METRIC).exec(after);
    if (forward) {
      const first = metricOfGroups(forward, 2)!;
      // "a" counts a weapon ("and a Russian missile boat"), never people, nor across a verb ("a strike killed").
      if (ARTICLE_ONE.test(text.slice(mention.start, mention.end)) && (first.metric === 'personnel' || PAST_VERB.test(forward[1] ?? ''))) continue;
      if (WEAK_METRIC_WORDS.has(first.word.toLowerCase()) && forward[1]) continue;
      if (NOT_THE_METRIC.test(after.slice(forward[0].length)) || (forward[1] && OTHER_COUNTED_WORD.test(forward[1]))) continue;
      const metrics = new Set<MetricName>([first.metric]);
      let phraseEnd = mention.end + forward[0].length;
      for (let next = NEXT_METRIC.exec(text.slice(phraseEnd)); next && COMBINABLE.has(first.metric); next = NEXT_METRIC.exec(text.slice(phraseEnd))) {
        const found = metricOfGroups(next, 2)!;
        if (!COMBINABLE.has(found.metric)) break;
        metrics.add(found.metric);
        phraseEnd += next[0].length;
      }
      figures.push({
        mention,
        metric: METRICS.filter((m) => metrics.has(m)).join('+'),
        phraseEnd,
        modifiers: forward[1] ?? '',
        metricBefore: null,
        listItem: false,
        partOf: wholes.get(mention),
      });
      continue;
    }
    if (mention.spelled || isYearLike(text, mention)) continue;
    if (mention.increment) {
      const total = figures[figures.length - 1];
      if (total && total.mention.end <= mention.start) {
        figures.push({ ...total, mention, phraseEnd: mention.end, listItem: true });
      }
      continue;
    }
    const before = text.slice(0, mention.start);
    const listLabel = LIST_LABEL.exec(before.slice(-80));
    const part = figures[figures.length - 1];
    if (part && !mention.usd && PART_OF_BEFORE.test(text.slice(part.phraseEnd, mention.start)) && BARE_AFTER.test(after)) {
      // "690,110 people, including 1,270 over the past day": a part of the figure before counts what it does.
      figures.push({ mention, metric: part.metric, phraseEnd: mention.end, modifiers: '', metricBefore: null, listItem: false });
      continue;
    }
    const backward = lastMetricBefore(before, mention.usd);
    if (!backward) {
      // Money with no noun ("pledged a further $425 million") may be an aid package: its kind decides.
      if (mention.usd) figures.push({ mention, metric: 'aid', phraseEnd: mention.end, modifiers: '', metricBefore: null, listItem: false });
      // "The previous record of 2,030 …", "That compares with 41,980 in October": the last count again.
      else if (carriedMetric && REFERS_BACK.test(text) && BARE_AFTER.test(after) && !isYearLike(text, mention)) {
        figures.push({ mention, metric: carriedMetric, phraseEnd: mention.end, modifiers: '', metricBefore: null, listItem: false, carried: true });
      }
      continue;
    }
    // A figure with a noun of its own does not take a metric named before it: not an earlier
    // figure's ("1,005 air defense systems, 369 gliders"), nor any for people and places
    // ("killed two people and wounded 23 others"). A bare one does ("bringing the total to 690,000").
    const borrowed = figures.some((f) => backward.index < f.phraseEnd && backward.index >= f.mention.start);
    // A list label says what its figure counts, whatever noun follows ("personnel – 741,080 people").
    if ((borrowed && !BARE_AFTER.test(after)) || (!listLabel && OTHER_COUNTED_AFTER.test(after))) continue;
    // "three people were killed and 12 wounded": a bare figure after people counted goes on counting them.
    const previous = mentions[i - 1];
    if (!listLabel && previous && previous.end <= backward.index && OTHER_COUNTED_AFTER.test(text.slice(previous.end))) continue;
    figures.push({
      mention,
      metric: backward.metric,
      phraseEnd: mention.end,
      modifiers: '',
      metricBefore: backward.index,
      listItem: Boolean(listLabel),
    });
  }
  return figures;
}

/** A figure counted by a noun further on, past another figure ("six of seven missiles", "9,468 (+12) tanks"), which is read on its own. */
const countedByNounAhead = (mention: Mention, noun: RegExpExecArray, listItem: boolean): Figure => ({
  mention,
  metric: metricOfGroups(noun, 2)!.metric,
  phraseEnd: mention.end,
  modifiers: noun[1] ?? '',
  metricBefore: null,
  listItem,
});

const isYearLike = (text: string, mention: Mention): boolean =>
  !mention.usd && mention.valueMax === null && /^(?:19|20)\d{2}$/.test(text.slice(mention.start, mention.end));

function lastMetricBefore(before: string, usd: boolean): { metric: MetricName; index: number } | null {
  let best: { metric: MetricName; index: number } | null = null;
  ANY_METRIC.lastIndex = 0;
  for (let m = ANY_METRIC.exec(before); m; m = ANY_METRIC.exec(before)) {
    const found = metricOfGroups(m, 1)!;
    if (WEAK_METRIC_WORDS.has(found.word.toLowerCase()) && !WEAK_LINK.test(before.slice(m.index + m[0].length))) continue;
    if (usd && SOLDIER_METRICS.has(found.metric)) continue;
    best = { metric: found.metric, index: m.index };
  }
  return best;
}

// ---------------------------------------------------------------------------------------------
// Kind, qualifier, subject, period, claimant of one figure.

interface KindCue {
  kind: ClaimKind;
  start: number;
  end: number;
}

const kindCuesOf = (text: string): KindCue[] =>
  matchesOf(KINDS.regex, text).map((m) => ({ kind: KINDS.valueOf(m), start: m.index, end: m.index + m[0].length }));

/** The kind the cue nearest the figure says; a loss noun or a list label says loss by itself. */
function kindOf(text: string, figure: Figure, cues: KindCue[]): ClaimKind | null {
  const hasNoun = figure.metricBefore !== null || figure.phraseEnd > figure.mention.end;
  if (figure.metric === 'aid' && hasNoun) return 'aid';
  let best: { kind: ClaimKind; distance: number } | null = null;
  for (const cue of cues) {
    const distance = Math.abs(cue.start >= figure.mention.end ? cue.start - figure.mention.end : figure.mention.start - cue.end);
    if (!best || distance < best.distance) best = { kind: cue.kind, distance };
  }
  if (best) return best.kind;
  if (WEAK_DEPLOYMENT.test(text)) return 'deployment';
  const noun = text.slice(figure.mention.end, figure.phraseEnd);
  if (LOSS_WORDS.test(noun.trim().split(/\s+/).pop() ?? '') || figure.listItem || figure.carried) return 'loss';
  return null;
}

function qualifierOf(text: string, mention: Mention): Qualifier {
  const match = QUALIFIER.exec(text.slice(Math.max(0, mention.start - 24), mention.start));
  return match ? QUALIFIER_WORDS.valueOf(match) : 'exact';
}

/** Replaces the claimants' names (and a dateline) with spaces, so "Russia's Defense Ministry" or "KYIV (Reuters) -" is not taken for a subject. */
const blankOut = (text: string, spans: ReadonlyArray<{ start: number; end: number }>): string =>
  spans.reduce((out, a) => out.slice(0, a.start) + ' '.repeat(a.end - a.start) + out.slice(a.end), text);

/** Every subject named in a text, in order; the last text's are kept, as one sentence asks many times. */
let subjectsCache: { text: string; found: Array<{ subject: string; index: number; end: number }> } = { text: '', found: [] };

function subjectsIn(text: string, from: number, to: number): Array<{ subject: string; index: number }> {
  if (subjectsCache.text !== text) {
    const found = matchesOf(SUBJECTS.regex, text).map((m) => ({ subject: SUBJECTS.valueOf(m), index: m.index, end: m.index + m[0].length }));
    subjectsCache = { text, found };
  }
  return subjectsCache.found.filter((s) => s.index >= from && s.end <= to);
}

function leftmostSubject(text: string, from: number, to: number): string | null {
  return subjectsIn(text, from, to)[0]?.subject ?? null;
}

function subjectOf(
  text: string,
  figure: Figure,
  kind: ClaimKind,
  claimant: Claimant | null,
  carried: string | null,
): string | null {
  const { mention } = figure;
  if (kind === 'aid') return RECIPIENT.exec(text.slice(mention.end))?.[1] ?? DEFAULT_AID_RECIPIENT;
  const adjective = leftmostSubject(figure.modifiers, 0, figure.modifiers.length);
  if (adjective) return adjective;
  if (figure.metricBefore !== null) {
    const adjective = subjectsIn(text, Math.max(0, figure.metricBefore - 25), figure.metricBefore).pop();
    if (adjective) return adjective.subject;
    // "losses of the Russian army reached 690,000"; not "killed … since Russia launched …".
    const owner = subjectsIn(text, figure.metricBefore, Math.min(mention.start, figure.metricBefore + 40))[0];
    if (owner && OWNER_AFTER_METRIC.test(text.slice(figure.metricBefore, owner.index))) return owner.subject;
  }
  // "Ukraine war latest: Russia loses 1,530 troops": the clause the figure stands in speaks first.
  const contrast = [...text.slice(0, mention.start).matchAll(CONTRAST)].pop();
  const clauseStart = Math.max(0, text.lastIndexOf(';', mention.start) + 1, text.lastIndexOf(':', mention.start) + 1, contrast ? contrast.index + contrast[0].length : 0);
  if (kind === 'loss') {
    const clause = text.slice(clauseStart, mention.start);
    const acting = INFLICTING_VERB.test(clause) ? SIDE_ACTING.exec(clause) : null;
    if (acting) {
      const sideStart = clauseStart + acting.index;
      const actor =
        leftmostSubject(text, sideStart, sideStart + acting[1]!.length) ??
        (claimant && CLAIMANTS_OWN_WORD.test(acting[1]!) ? OWN_SIDE_OF[claimant.group] : undefined);
      if (actor && OPPONENT_OF[actor]) return OPPONENT_OF[actor]!;
    }
  }
  const adversary = adversaryIn(text) && claimant ? ADVERSARY_OF[claimant.group] : undefined;
  // "In the fighting around Kyiv, Russia lost 15,000 troops": the side that lost, not the first named.
  const inClause = subjectsIn(text, clauseStart, mention.start);
  const loser = inClause
    .filter((s) => !PLACE_BEFORE.test(text.slice(Math.max(0, s.index - 12), s.index)))
    .filter((s) => LOSER.test(text.slice(s.index).replace(SUBJECT_WORD, '')))
    .pop();
  if (loser) return loser.subject;
  if (inClause.length === 0 && BOTH.test(text)) return null;
  const before = inClause[0]?.subject ?? leftmostSubject(text, 0, mention.start);
  if (before) return before;
  if (adversary) return adversary;
  const after = leftmostSubject(text, mention.end, text.length);
  if (after) return after;
  return carried ?? (claimant ? (ADVERSARY_OF[claimant.group] ?? null) : null);
}

const adversaryIn = (text: string): boolean => {
  ADVERSARY.lastIndex = 0;
  return ADVERSARY.test(text);
};

/** The claimant named nearest the figure; one across a clause break ("…, while Moscow admitted …") counts as far. */
function nearestClaimant(text: string, attributions: Attribution[], mention: Mention): Claimant | null {
  let best: { claimant: Claimant; distance: number } | null = null;
  for (const a of attributions) {
    const [from, to] = a.start >= mention.end ? [mention.end, a.start] : [a.end, mention.start];
    const distance = Math.abs(to - from) + (CLAUSE_BREAK.test(text.slice(from, to)) ? CLAUSE_BREAK_DISTANCE : 0);
    if (!best || distance < best.distance) best = { claimant: a.claimant, distance };
  }
  return best?.claimant ?? null;
}

function periodOf(
  text: string,
  figure: Figure,
  figures: Figure[],
  periods: PeriodExpression[],
  statement: StatementTime,
  state: ArticleState,
): Period {
  const context = { sentence: text, published: state.published, statement, dayDate: null as IsoDate | null };
  if (figure.mention.increment) {
    return resolvePeriod({ cue: 'day', text: '', start: 0, end: 0 }, { ...context, dayDate: dayDateOf(periods.find((p) => p.cue === 'onDate'), state.published) });
  }
  const governing = governingExpression(text, figure, figures, periods);
  if (governing) {
    // "a day earlier" counts back from the day the sentence dates, whichever figure that belongs to.
    const dated = periods.find((p) => (p.cue === 'onDate' || p.cue === 'onWeekday') && (governing.cue === 'dayBefore' || ownersOf(text, p, figures).includes(figure)));
    return resolvePeriod(governing, { ...context, dayDate: dayDateOf(dated, state.published) });
  }
  // "over the same period": the earlier sentence's period, as dated there; "during the week" with
  // no week named before is the week up to the statement.
  const anaphora = ANAPHORIC_PERIOD.exec(text);
  const earlier = anaphora ? periodReferredTo(state) : null;
  const unit = anaphora && /\b(week|month|year)$/i.exec(anaphora[0])?.[1]!.toLowerCase();
  if (earlier && (!unit || lasts(earlier, unit))) return earlier;
  if (unit === 'week') return resolvePeriod({ cue: 'pastDays', text: 'the past week', start: 0, end: 0 }, context);
  // "1,800 soldiers a day on average" with no period of its own: a rate over the period of the figures before.
  if (RATE_AFTER.test(text.slice(figure.phraseEnd))) {
    return earlier ?? state.lastClaims.findLast((c) => c.period && c.period.kind !== 'day')?.period ?? { kind: 'span', start: null, end: null };
  }
  // In a list of running totals with the day's increments, a figure without one is a total too;
  // so is an undated figure no day of this war has come near ("reported the loss of 30,110 vehicles").
  if (figure.listItem || RUNNING_TOTAL.test(text) || figures.some((f) => f.mention.increment) || beyondOneDay(figure)) {
    return resolvePeriod({ cue: 'cumulative', text: '', start: 0, end: 0 }, context);
  }
  return resolvePeriod({ cue: 'day', text: '', start: 0, end: 0 }, context);
}

const beyondOneDay = (figure: Figure): boolean =>
  figure.metric.split('+').reduce((most, metric) => most + (DAILY_MAXIMUM[metric as MetricName] ?? Infinity), 0) < figure.mention.value;

/** Days a period named "the week", "the month" or "the year" may cover. */
const UNIT_DAYS: Record<string, readonly [number, number]> = { week: [5, 8], month: [28, 31], year: [300, 366] };

/** Whether a period can be what "during the week" (month, year) refers to. */
function lasts(period: Period, unit: string): boolean {
  if (!period.start || !period.end) return period.kind === 'span';
  const days = daysCovered(period.start, period.end);
  const [least, most] = UNIT_DAYS[unit]!;
  // The current month or year is named up to the day of the article.
  return days <= most && (days >= least || (unit !== 'week' && /-01$/.test(period.start)));
}

/** "In September 2022, Shoigu said …": a claimant right after the opening phrase, before the figures. */
const opensWithClaimant = (text: string, attributions: Attribution[], firstFigure: number): boolean =>
  attributions.some((a) => a.end <= firstFigure && CLAIMANT_OPENS.test(text.slice(0, a.start)));
const CLAIMANT_OPENS = /^[^,]{0,80},[^,]{0,40}$/;

/** How many sentences without figures are kept for "over the same period" to refer back to. */
const UNREAD_SENTENCES = 5;

/** "KYIV, Dec 2 (Reuters) -": a dateline's date is when the story was filed, not a period. */
function periodExpressionsOf(text: string, dateline = DATELINE.exec(text)): PeriodExpression[] {
  return findPeriodExpressions(text).filter((e) => !dateline || e.start >= dateline[0].length);
}

/** The period "over the same period" refers to: the latest one named before, as dated there. */
function periodReferredTo(state: ArticleState): Period | null {
  for (let i = state.unread.length - 1; i >= 0; i--) {
    const { text, attributed } = state.unread[i]!;
    const { periods, statement } = separateStatementTime(text, periodExpressionsOf(text), state.published, attributed);
    const last = periods[periods.length - 1];
    if (last) return resolvePeriod(last, { sentence: text, published: state.published, statement, dayDate: null });
  }
  return state.period;
}

/** Characters between an expression and a figure; a clause break between them counts as far. */
function distanceTo(text: string, expression: PeriodExpression, mention: Mention): number {
  const [from, to] = expression.start >= mention.end ? [mention.end, expression.start] : [expression.end, mention.start];
  const gap = to - from + (expression.start >= mention.end ? 0 : 0.5);
  return PERIOD_BREAK.test(text.slice(from, to)) ? gap + CLAUSE_BREAK_DISTANCE : gap;
}

/** Figures of one list: "340 troops and 2 tanks", "9,500 tanks, 19,543 armored vehicles". */
const LIST_JOINT = /^\s*(?:,\s*(?:and\s+)?|and\s+)$/;
/** A period that ends a list: "… and 2 tanks in the past day". */
const RIGHT_AFTER = /^[\s,]{0,3}$/;

/**
 * The figures an expression belongs to: the one it stands nearest to, within its clause (none when
 * a clause break parts them all), and when it ends a list, that whole list.
 */
function ownersOf(text: string, expression: PeriodExpression, figures: Figure[]): Figure[] {
  let best: { index: number; distance: number } | undefined;
  for (const [index, figure] of figures.entries()) {
    const distance = distanceTo(text, expression, figure.mention);
    if (!best || distance < best.distance) best = { index, distance };
  }
  if (!best || best.distance >= CLAUSE_BREAK_DISTANCE) return [];
  let first = best.index;
  const last = figures[best.index]!;
  if (expression.start >= last.phraseEnd && RIGHT_AFTER.test(text.slice(last.phraseEnd, expression.start))) {
    while (first > 0 && LIST_JOINT.test(text.slice(figures[first - 1]!.phraseEnd, figures[first]!.mention.start))) first--;
  }
  return figures.slice(first, best.index + 1);
}

/**
 * The period expression a figure falls under: its own nearest one, else the sentence's nearest
 * on its side of a semicolon ("… since August, officials said; Moscow says Ukraine has lost …").
 */
function governingExpression(text: string, figure: Figure, figures: Figure[], periods: PeriodExpression[]): PeriodExpression | undefined {
  // "1,500 soldiers per day in November": a rate is averaged over the sentence's other period.
  const spans = periods.filter((p) => !RATE.test(p.text));
  const byDistance = [...(spans.length > 0 ? spans : periods)].sort((a, b) => distanceTo(text, a, figure.mention) - distanceTo(text, b, figure.mention));
  const sameClause = (p: PeriodExpression) => !text.slice(Math.min(p.end, figure.mention.end), Math.max(p.start, figure.mention.start)).includes(';');
  // "up from 1,550 the day before" dates its own figure only, never the others of its clause.
  return byDistance.find((p) => ownersOf(text, p, figures).includes(figure)) ?? byDistance.find((p) => p.cue !== 'dayBefore' && sameClause(p));
}

// ---------------------------------------------------------------------------------------------

/**
 * The same claim stated twice (headline and body, caption and text) is one claim; it keeps the
 * body's sentence, which says more than a headline.
 */
function mergeRepeats(claims: LocatedClaim[], fromHeadline: WeakSet<LocatedClaim>): LocatedClaim[] {
  const kept: LocatedClaim[] = [];
  // Twins share value, unit and kind: only those are compared, so a long article stays linear.
  // A small count in the body is twinned only within its own sentence or with a headline (see
  // sameFigure): it gets a bucket of its sentence, so repeated small counts do not pile up.
  const byFigure = new Map<string, LocatedClaim[]>();
  const bucket = (key: string) => byFigure.get(key) ?? byFigure.set(key, []).get(key)!;
  for (const claim of claims) {
    const key = `${claim.value}|${claim.valueMax}|${claim.unit}|${claim.kind}`;
    const small = isSmallCount(claim) && !fromHeadline.has(claim);
    const candidates = small ? [...(byFigure.get(`${key}|headline`) ?? []), ...(byFigure.get(`${key}@${claim.quoteStart}`) ?? [])] : bucket(key);
    const twin = candidates.find((k) => sameFigure(k, claim, fromHeadline.has(k) || fromHeadline.has(claim)));
    if (!twin) {
      kept.push(claim);
      if (small) bucket(`${key}@${claim.quoteStart}`).push(claim);
      else bucket(key).push(claim);
      if (fromHeadline.has(claim)) bucket(`${key}|headline`).push(claim);
      continue;
    }
    if (fromHeadline.has(twin) && !fromHeadline.has(claim)) {
      // The body says more, its dates included: a headline's day is often only the publication's.
      Object.assign(twin, { quote: claim.quote, quoteStart: claim.quoteStart, quoteEnd: claim.quoteEnd, period: claim.period, qualifier: claim.qualifier });
      if (claim.source) Object.assign(twin, { source: claim.source, sourceGroup: claim.sourceGroup });
      fromHeadline.delete(twin);
    }
    twin.metric = broaderMetric(twin.metric, claim.metric) ?? twin.metric;
    twin.subject ??= claim.subject;
    if (claim.period && twin.period && twin.period.start === null && claim.period.start !== null) twin.period = claim.period;
    if (!twin.source && claim.source) {
      twin.source = claim.source;
      twin.sourceGroup = claim.sourceGroup;
    }
  }
  return kept;
}

/** The more specific of two metrics when one names a subset of the other ("vehicles" of "armored_vehicles+vehicles"). */
function broaderMetric(a: string, b: string): string | null {
  const setA = a.split('+');
  const setB = b.split('+');
  if (setA.every((m) => setB.includes(m))) return b;
  if (setB.every((m) => setA.includes(m))) return a;
  return null;
}

const SMALL_COUNT = 20;
const isSmallCount = (claim: LocatedClaim) => claim.value < SMALL_COUNT && claim.unit === 'count';

/** A headline often leaves out whose figure it is ("1,560 occupiers eliminated"): its subject may be unknown. */
function sameFigure(a: LocatedClaim, b: LocatedClaim, headline: boolean): boolean {
  // A small count met twice in the body is more often a coincidence ("two howitzers" from each of
  // two units) than the same claim restated; a large one is a restatement.
  if (!headline && isSmallCount(a) && a.quoteStart !== b.quoteStart) return false;
  const sameSubject = a.subject === b.subject || (headline && (a.subject === null || b.subject === null));
  if (a.value !== b.value || a.valueMax !== b.valueMax || a.unit !== b.unit || a.kind !== b.kind || !sameSubject || !broaderMetric(a.metric, b.metric)) {
    return false;
  }
  // A headline rarely says the period; its twin in the body does.
  if (headline) return true;
  if (!a.period || !b.period) return a.period === b.period;
  if (a.period.kind !== b.period.kind) return false;
  const sameDates = a.period.start === b.period.start && a.period.end === b.period.end;
  return sameDates || a.period.start === null || b.period.start === null;
}
