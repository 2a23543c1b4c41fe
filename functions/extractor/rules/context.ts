// What the attribute rules read: one sentence's tags, the figure at hand, the attributes decided
// before it, and a read-only view of the discourse so far.
import type { ClaimKind, IsoDate, Period, SourceGroup } from '../../core/claim.js';
import type { Lexicon } from '../lang/lexicon.js';
import type { Attribution, Claimant, Decision, Figure, Sentence, SentenceTags, SideTag, StatementTime, TimeExpression } from '../model.js';

/** The discourse as a sentence sees it: what earlier sentences established. */
export interface DiscourseView {
  published: IsoDate | null;
  /** The claimant in force before this sentence (none when it gives its words to someone else). */
  claimant: Claimant | null;
  /** The day that claimant was said to speak on ("reported on Nov. 24"). */
  statementDay: { day: IsoDate; claimant: string } | null;
  /** The side whose losses the sentences before gave. */
  side: string | null;
  /** The period the figures before were given for, when the text named it, and by whom. */
  period: { period: Period; group: SourceGroup | null; source: string | null } | null;
  /** The day the figures before were of for want of any period named (the update's): "has also destroyed two drones" after them is of that day too. */
  updateDay?: { period: Period; group: SourceGroup | null; source: string | null } | null;
  /** The last period a sentence with figures named, whichever figure it went to. */
  named: Period | null;
  /** What the sentence before counted, and what kind of figures it gave. */
  metric: string | null;
  kind: ClaimKind | null;
  /** Who gave the last aid figures: a package's contents, listed later, are theirs. */
  giver?: Claimant | null;
  /** The period named last in the sentences since the last figures, for "over the same period" (read only when asked). */
  referred?: Period | null;
  /** The day an update's "past day" was dated ("Over the past day, November 22, …"), by whom: its later "(+20)" increments count that day. */
  reportDay?: { day: IsoDate; claimant: string | null } | null;
  /** The claimant in force before the last section heading, while no other is named: "the ministry said" after it, or figures no one claims, are still its. */
  beforeHeading?: Claimant | null;
  /** The running total the list item just before gave: the items after it, with no period of their own, give totals too. */
  listTotal?: Period | null;
  /** The last claimant named as a report's author: "according to the report" after others spoke is still its. */
  author?: Claimant | null;
}

export interface SentenceContext {
  sentence: Sentence;
  text: string;
  lexicon: Lexicon;
  tags: SentenceTags;
  figures: Figure[];
  discourse: DiscourseView;
  /** The sentence's text with its claimants and dateline blanked out, so they are not taken for sides. */
  sideText: string;
  sides: SideTag[];
  /** Time expressions that give the figures' periods (not the statement's own time). */
  periods: TimeExpression[];
  statement: StatementTime;
  /** The claimant the sentence names as speaking last (carried on to later sentences). */
  attributions: Attribution[];
  /** What the rules derived from the sentence and keep for its other figures (see perSentence). */
  memo: Map<object, unknown>;
}

export interface FigureContext extends SentenceContext {
  figure: Figure;
  kind: ClaimKind;
  /** Decided before subject and period, which read the claimant's side and statement day. */
  claimant: Decision<Claimant | null>;
}

/**
 * A cache of one sentence's derived values: rules ask for the same clause or governing expression
 * many times. It lives in the sentence's context (`memo`), so it goes with the sentence.
 */
export function perSentence<K, V>(): (c: SentenceContext, key: K, compute: () => V) => V {
  const id = {};
  return (c, key, compute) => {
    let cache = c.memo.get(id) as Map<K, V> | undefined;
    if (!cache) c.memo.set(id, (cache = new Map()));
    if (cache.has(key)) return cache.get(key)!;
    const value = compute();
    cache.set(key, value);
    return value;
  };
}

const sentenceMatches = perSentence<RegExp, RegExpExecArray | null>();
/** The first match of a (non-global) pattern in the sentence, found once per sentence. */
export const inSentence = (c: SentenceContext, regex: RegExp): RegExpExecArray | null => sentenceMatches(c, regex, () => regex.exec(c.text));
