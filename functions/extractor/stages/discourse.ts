// Stage: discourse context as an explicit step between sentences — the claimant in force, the
// day it spoke, the side last counted, the period in force, what was counted — and the changes a
// sentence makes to claims read before it ("This was reported by …", a headline's claimant).
import type { IsoDate, Period } from '../../core/claim.js';
import type { Lexicon } from '../lang/lexicon.js';
import type { Attribution, Claimant, Decision, Sentence, SentenceTags, StatementTime, TimeExpression } from '../model.js';
import type { DiscourseView } from '../rules/context.js';
import { resolve } from './resolve.js';
import { separateStatementTime, opensWithClaimant } from './statement.js';
import { findTimes } from './times.js';

/** A claim as the sentence reading makes it, with the decisions behind it. */
export interface Draft {
  claim: import('../../core/claim.js').LocatedClaim;
  /** Read from a headline: the body's twin, if any, says more. */
  headline: boolean;
  periodRule: string;
  /**
   * How the text dated the figure: by a calendar date it names, relative to the update ("in the
   * past 24 hours", "yesterday", a period carried on), or not at all (a default reading).
   */
  dating: 'calendar' | 'relative' | 'none';
  /** The figure stands inside quotation marks: the claimant's words, as a lead paraphrasing them may have said before. */
  quoted?: boolean;
}

export interface DiscourseState extends DiscourseView {
  /** Drafts of the last sentence with figures, which "This was reported by …" may attribute. */
  lastDrafts: Draft[];
  /** Headline drafts that name no claimant, until the lead names one. */
  pendingHeadline: Draft[];
  /** The drafts of the sentence just before, when it had figures: the next sentence may name their claimant. */
  unclaimedFrom: Draft[] | null;
  /** The last few sentences without figures since then, whose periods "over the same period" may mean (read only when it is said). */
  unread: Array<{ text: string; attributions: Attribution[] }>;
  /** The claimants' people named so far, by surname ("Defence Minister Oleh Savchuk"): "Savchuk said" is that claimant again. */
  persons?: ReadonlyMap<string, Claimant>;
}

/** A change to claims read before: set their claimant. */
export interface Patch {
  drafts: Draft[];
  claimant: Claimant;
  rule: string;
  span: { start: number; end: number };
}

/** How many sentences without figures are kept for "over the same period" to refer back to. */
const UNREAD_SENTENCES = 5;

/** Periods a rule read from the text (an expression, a perfect tense, a figure no day reaches): they stay in force for the figures after. */
export const EXPLICIT_PERIOD_RULES = new Set(['period.runningTotalVerb', 'period.beyondOneDay', 'period.dayGoesOn', 'period.ownExpression', 'period.anaphora', 'period.respectively', 'period.spanInForce', 'period.totalInForce', 'period.dayInForce', 'period.increment']);

/**
 * Every field is there from the start, the optional ones too, and each state is spread from the
 * one before: all states, and the views made from them, share one shape, so the rules' reads of
 * the discourse stay monomorphic.
 */
export const startDiscourse = (published: IsoDate | null): DiscourseState => ({
  published,
  claimant: null,
  statementDay: null,
  side: null,
  period: null,
  named: null,
  metric: null,
  kind: null,
  lastDrafts: [],
  pendingHeadline: [],
  unclaimedFrom: null,
  unread: [],
  beforeHeading: null,
  listTotal: null,
  reportDay: null,
  giver: undefined,
  referred: undefined,
  author: undefined,
  persons: undefined,
});

/**
 * What a sentence sees of the discourse: a sentence that gives its words to someone else inherits no
 * claimant; a section heading starts afresh, but "the ministry said" after one (a one-word line such
 * as an agency's credit may read as a heading) takes up the claimant named before it.
 */
export function viewFor(state: DiscourseState, sentence: Sentence, tags: SentenceTags): DiscourseView {
  if (sentence.heading) return { ...state, claimant: null, statementDay: null, side: null, period: null, updateDay: null, named: null };
  if (tags.otherSpeaker) return { ...state, claimant: null };
  return !state.claimant && state.beforeHeading && tags.takesUpClaimant && tags.attributions.length === 0 ? { ...state, claimant: state.beforeHeading } : state;
}

/** The period "over the same period" refers to when no sentence with figures named one: the latest named in the sentences between. */
export function periodReferredTo(state: DiscourseState, lexicon: Lexicon): Period | null {
  for (let i = state.unread.length - 1; i >= 0; i--) {
    const { text, attributions } = state.unread[i]!;
    const { periods, statement } = separateStatementTime(text, findTimes(text, lexicon), lexicon, state.published, opensWithClaimant(text, attributions, text.length, lexicon));
    const last = periods[periods.length - 1];
    if (last) return resolve(last.value, { published: state.published, statement });
  }
  return null;
}

export interface SentenceOutcome {
  sentence: Sentence;
  tags: SentenceTags;
  view: DiscourseView;
  drafts: Draft[];
  statement: StatementTime;
  /** The claimant the sentence's figures were given (when all share one). */
  claimant: Decision<Claimant | null> | null;
  /** The first side the sentence names (claimants aside). */
  firstSide: string | null;
  /** In a sentence without figures, the side whose losses it speaks of ("Russian combat losses are staggering"). */
  lossSide?: string | null;
  /** The last period the sentence names, placed on the calendar. */
  named: Period | null;
}

/** The state after a sentence, and the changes it makes to earlier claims. */
export function advance(state: DiscourseState, outcome: SentenceOutcome, lexicon: Lexicon): { state: DiscourseState; patches: Patch[] } {
  const { sentence, tags, view, drafts } = outcome;
  const patches: Patch[] = [];
  const carried = tags.attributions.filter((a) => !a.local);
  const fromFigures = outcome.claimant?.value ?? null;
  // "This emerges from a General Staff report quoted by The Kyiv Independent": a medium relays the body the sentence names.
  // "He added that … a US military official, who cited …": a person who opens the sentence speaks on; those he names are reported.
  const personSpeaksOn = view.claimant?.person === true && lexicon.claimants.pronounSpeaker.exec(sentence.text.trimStart())?.index === 0;
  const lastNamed = personSpeaksOn ? undefined : (carried.findLast((a) => !a.claimant.medium) ?? carried[carried.length - 1])?.claimant;
  // The claimant named last carries on, unless it is a medium that relayed the figures' own claimant.
  const relayed = lastNamed?.medium && fromFigures && !fromFigures.medium;
  const claimant = relayed ? fromFigures : (lastNamed ?? view.claimant ?? (tags.attributions.length === 0 ? fromFigures : null));
  const next: DiscourseState = { ...state, claimant, statementDay: sentence.heading ? null : state.statementDay };
  const author = tags.attributions.findLast((a) => a.author)?.claimant;
  if (author) next.author = author;
  const named = tags.attributions.filter((a) => a.surname && state.persons?.get(a.surname) !== a.claimant);
  if (named.length > 0) next.persons = new Map([...(state.persons ?? []), ...named.map((a) => [a.surname!, a.claimant] as const)]);
  if (sentence.heading) Object.assign(next, { side: null, period: null, updateDay: null, named: null, reportDay: null, beforeHeading: state.claimant ?? state.beforeHeading });
  else if (claimant) next.beforeHeading = null;
  if (outcome.statement && 'day' in outcome.statement && claimant) next.statementDay = { day: outcome.statement.day, claimant: claimant.name };

  // "This was reported by the General Staff", "Prigozhin said this, adding that …": the claimant of the figures just read, named after them.
  const namedAfter = tags.attributions[0];
  if (namedAfter && lexicon.claimants.reportedBack.test(sentence.text)) {
    // A medium that carried them was only relaying: "…, The Kyiv Independent believes. These are the estimates …, according to the Armed Forces".
    patches.push(patch(state.lastDrafts.filter((d) => !d.claim.source || mediaOf(lexicon).has(d.claim.source)), namedAfter, 'source.reportedBack', sentence));
  }
  if (drafts.length === 0) {
    if (outcome.lossSide) next.side = outcome.lossSide;
    next.unread = [...state.unread.slice(1 - UNREAD_SENTENCES), { text: sentence.text, attributions: tags.attributions }];
  } else {
    next.lastDrafts = drafts;
    next.unread = [];
    const losses = drafts.filter((d) => d.claim.kind === 'loss');
    next.side = losses.findLast((d) => d.claim.subject)?.claim.subject ?? outcome.firstSide ?? (sentence.heading ? null : state.side);
    next.metric = losses.findLast((d) => d.claim.unit === 'count')?.claim.metric ?? state.metric;
    next.kind = drafts[drafts.length - 1]?.claim.kind ?? state.kind;
    const given = drafts.findLast((d) => d.claim.kind === 'aid' && d.claim.source);
    if (given) next.giver = { name: given.claim.source!, group: given.claim.sourceGroup };
    const last = drafts[drafts.length - 1];
    next.named = outcome.named ?? state.named;
    next.period = last && last.claim.period && EXPLICIT_PERIOD_RULES.has(last.periodRule) ? { period: last.claim.period, group: last.claim.sourceGroup, source: last.claim.source } : null;
    next.updateDay = last && last.claim.period && last.periodRule === 'period.updateDay' ? { period: last.claim.period, group: last.claim.sourceGroup, source: last.claim.source } : null;
    // "Over the past day, November 22, Russia lost 1,420 soldiers": the update's day, named by its date.
    const dated = drafts.find((d) => d.claim.period?.kind === 'day' && d.claim.period.start && d.dating === 'calendar');
    if (dated && lexicon.time.updateDay.test(sentence.text)) next.reportDay = { day: dated.claim.period!.start!, claimant: dated.claim.source };
    // "As of November 27, the General Staff reports that Russia has lost about 735,410 soldiers. In the last day alone, …": the day a running total is dated is the day its claimant speaks of.
    const total = drafts.find((d) => d.claim.period?.kind === 'cumulative' && d.claim.period.end && d.claim.source && d.dating === 'calendar');
    if (total && !(outcome.statement && 'day' in outcome.statement)) next.statementDay = { day: total.claim.period!.end!, claimant: total.claim.source! };
    // "- warships — 28" then "- submarines — 1": a list of running totals goes on.
    next.listTotal = sentence.listItem ? (drafts.findLast((d) => d.claim.period?.kind === 'cumulative' && d.periodRule !== 'period.increment')?.claim.period ?? null) : null;
  }
  if (!sentence.listItem) next.listTotal = null;

  // Figures no one was named for take the claimant the next sentence names ("…," the Russian Defense Ministry said).
  const unclaimed = state.lastDrafts.filter((d) => !d.claim.source && d.claim.kind !== 'aid');
  const saidReportedBack = patches.some((p) => p.rule === 'source.reportedBack');
  if (!sentence.headline && !saidReportedBack && carried[0] && state.lastDrafts.length > 0 && state.lastDrafts === state.unclaimedFrom && unclaimed.length > 0) {
    patches.push(patch(unclaimed, carried[0], 'source.namedNext', sentence));
  }
  // Figures someone unnamed gave ("analysts calculated") wait for no claimant.
  next.unclaimedFrom = drafts.length > 0 && !tags.otherSpeaker ? next.lastDrafts : null;

  // A headline that names no claimant is the article's: the first one its lead names.
  if (sentence.headline) next.pendingHeadline = [...state.pendingHeadline, ...drafts.filter((d) => !d.claim.source)];
  else if (state.pendingHeadline.length > 0) {
    const lead = carried[0];
    if (lead) patches.push(patch(state.pendingHeadline.filter((d) => !d.claim.source), lead, 'source.headlineFromLead', sentence));
    next.pendingHeadline = [];
  }
  return { state: next, patches };
}

/** The names of the media a lexicon knows: they relay others' figures. */
const media = new WeakMap<Lexicon, ReadonlySet<string>>();
function mediaOf(lexicon: Lexicon): ReadonlySet<string> {
  let names = media.get(lexicon);
  if (!names) media.set(lexicon, (names = new Set(lexicon.claimants.aliases.filter(([, c]) => c.medium).map(([, c]) => c.name))));
  return names;
}

const patch = (drafts: Draft[], attribution: Attribution, rule: string, sentence: Sentence): Patch => ({
  drafts,
  claimant: attribution.claimant,
  rule,
  span: { start: sentence.toArticle(attribution.start), end: sentence.toArticle(attribution.end) },
});

/** Whether a later sentence may still patch a draft: the last figures' drafts, and the headline's until the lead names a claimant. */
export const mayBePatched = (state: DiscourseState, draft: Draft): boolean => state.lastDrafts.includes(draft) || state.pendingHeadline.includes(draft);

/** Applies patches: the claims get their claimant, and evidence of the rule that gave it. */
export function applyPatches(patches: Patch[], original: string): void {
  for (const p of patches) {
    for (const draft of p.drafts) {
      draft.claim.source = p.claimant.name;
      draft.claim.sourceGroup = p.claimant.group;
      draft.claim.evidence = [
        ...draft.claim.evidence.filter((e) => e.attribute !== 'source'),
        { attribute: 'source', rule: p.rule, text: original.slice(p.span.start, p.span.end), start: p.span.start, end: p.span.end },
      ];
    }
  }
}

export type { TimeExpression };
