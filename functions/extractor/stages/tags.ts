// Stage: the tagged spans of a sentence with numbers — metric words, sides, the adversary,
// claimants, kind cues and clause breaks — each from the language's lexicon, found once.
import type { Lexicon } from '../lang/lexicon.js';
import type { Attribution, Claimant, KindCue, MetricTag, SentenceTags, SideTag, Span } from '../model.js';
import type { MetricName } from '../../core/metrics.js';
import type { ClaimKind } from '../../core/claim.js';
import { findSpeakers } from './attributions.js';
import { findNumbers } from './numbers.js';
import { alternation, matchesOf, scan, type Alternation } from './patterns.js';
import { findTimes } from './times.js';

interface Compiled {
  metrics: Alternation<MetricName>;
  sides: Alternation<string>;
  kinds: Alternation<ClaimKind>;
  breaks: RegExp;
}

const compiledOf = new WeakMap<Lexicon, Compiled>();
export function compiled(lexicon: Lexicon): Compiled {
  let found = compiledOf.get(lexicon);
  if (!found) {
    found = {
      metrics: alternation(lexicon.metrics.phrases, lexicon.script),
      sides: alternation(lexicon.sides.aliases, lexicon.script),
      kinds: alternation(lexicon.kinds.cues, lexicon.script),
      breaks: new RegExp(lexicon.grammar.clauseBreaks.source, `g${lexicon.grammar.clauseBreaks.flags}`),
    };
    compiledOf.set(lexicon, found);
  }
  return found;
}

/** The metric words of a text, in order. */
export function metricTagsOf(text: string, lexicon: Lexicon): MetricTag[] {
  const { metrics } = compiled(lexicon);
  return scan(metrics, text).map((m) => ({
    metric: metrics.valueOf(m),
    weak: lexicon.metrics.weak.has(m[0].toLowerCase()),
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/** The sides named in a text, in order; a side after "in", "near" … stands as a place. */
export function sideTagsOf(text: string, lexicon: Lexicon): SideTag[] {
  const { sides } = compiled(lexicon);
  const { placeBefore, placeAfter, adjectiveOf, possessiveWith, forcesAfter } = lexicon.sides;
  return scan(sides, text).map((m) => {
    const before = text.slice(Math.max(0, m.index - 14), m.index);
    const actor =
      (adjectiveOf.before.test(before) && adjectiveOf.side.test(m[0])) ||
      (possessiveWith.before.test(before) && possessiveWith.side.test(m[0])) ||
      (adjectiveOf.side.test(m[0]) && forcesAfter.test(text.slice(m.index + m[0].length, m.index + m[0].length + 20)));
    return {
      side: sides.valueOf(m),
      place: (placeBefore.test(before) || (adjectiveOf.side.test(m[0]) && placeAfter.test(text.slice(m.index + m[0].length, m.index + m[0].length + 30)))) && !actor,
      start: m.index,
      end: m.index + m[0].length,
    };
  });
}

/** Reads a sentence's tags; `inForce` is the claimant of the sentences before, `persons` the claimants' people named so far by surname. */
export function tagSentence(text: string, lexicon: Lexicon, inForce: Claimant | null, persons?: ReadonlyMap<string, Claimant>): SentenceTags {
  const numbers = findNumbers(text, lexicon.numbers);
  const speakers = findSpeakers(text, lexicon, inForce, false, persons);
  let mentions: Attribution[] | null = speakers.mentions.length > 0 ? speakers.mentions : null;
  const claimantMentions = () => (mentions ??= findSpeakers(text, lexicon, inForce, true).mentions);
  if (numbers.length === 0) {
    return { numbers, times: [], metrics: [], sides: [], adversaries: [], attributions: speakers.attributions, claimantMentions, otherSpeaker: speakers.otherSpeaker, takesUpClaimant: speakers.takesUp, kinds: [], breaks: [] };
  }
  const { kinds, breaks } = compiled(lexicon);
  return {
    numbers,
    times: findTimes(text, lexicon),
    metrics: metricTagsOf(text, lexicon),
    sides: sideTagsOf(text, lexicon),
    adversaries: spansOf(lexicon.sides.adversary, text),
    attributions: speakers.attributions,
    claimantMentions,
    otherSpeaker: speakers.otherSpeaker,
    takesUpClaimant: speakers.takesUp,
    kinds: scan(kinds, text).map((m): KindCue => ({ kind: kinds.valueOf(m), start: m.index, end: m.index + m[0].length })),
    breaks: spansOf(breaks, text),
  };
}

const spansOf = (regex: RegExp, text: string): Span[] => matchesOf(regex, text).map((m) => ({ start: m.index, end: m.index + m[0].length }));
