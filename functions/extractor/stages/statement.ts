// Stage: which of a sentence's time expressions date the statement itself ("said on Tuesday",
// "In September 2022, Shoigu said …") rather than the figures, and the day it was made.
import type { IsoDate } from '../../core/claim.js';
import type { Lexicon } from '../lang/lexicon.js';
import type { Attribution, Span, StatementTime, TimeExpression } from '../model.js';
import { dayOf, resolve } from './resolve.js';

/** Time values that can date a statement (a named day, a week, a month, a year), not spans since or between. */
const STATEMENT_TIMES = new Set(['week', 'relativeMonth', 'month', 'relativeYear', 'year']);

const canDateStatement = (value: TimeExpression['value']): boolean => (value.type === 'day' ? typeof value.ref === 'object' : STATEMENT_TIMES.has(value.type));

/**
 * "In September 2022, Shoigu said …", "On February 25, 2024, for the first time since the invasion,
 * President Zelensky declared …": a claimant right after the opening phrase (and an aside), before the figures.
 */
const CLAIMANT_OPENS = /^[^,]{0,120}(?:,\s*\d{4})?(?:,[^,\d]{0,90})?,[^,]{0,40}$/;

/** Where a sentence opens: after its dateline, if it has one. */
const openingOf = (sentence: string, lexicon: Lexicon): number => lexicon.grammar.dateline.exec(sentence)?.[0].length ?? 0;

/** At most two words before an expression that opens its sentence (compiled once: the bundle builds a pattern with \p{…} anew wherever it stands). */
const OPENING_WORDS = /^\s*(?:\p{L}+,?\s+){0,2}$/u;

/** "In 2024, …", "Earlier this year, …", "However, in February, …": an expression that opens the sentence, before its first comma. */
export const opensWithTime = (sentence: string, expression: Span, from = 0): boolean =>
  OPENING_WORDS.test(sentence.slice(from, expression.start)) && /^\s*,/.test(sentence.slice(expression.end));

export function opensWithClaimant(sentence: string, attributions: Attribution[], firstFigure: number, lexicon: Lexicon): boolean {
  const opening = openingOf(sentence, lexicon);
  if (attributions.some((a) => a.end <= firstFigure && a.start >= opening && CLAIMANT_OPENS.test(sentence.slice(opening, a.start)))) return true;
  // "Back in February of this year, he insisted that …": a speaker taken up by a pronoun.
  const pronoun = lexicon.claimants.pronounSpeaker.exec(sentence);
  return pronoun !== null && pronoun.index >= opening && pronoun.index < firstFigure && CLAIMANT_OPENS.test(sentence.slice(opening, pronoun.index));
}

/**
 * Splits a sentence's expressions into the statement's own time and the periods its figures
 * cover. `claimantOpens`: a claimant stands right after the sentence's opening phrase.
 */
export function separateStatementTime(
  sentence: string,
  expressions: TimeExpression[],
  lexicon: Lexicon,
  published: IsoDate | null,
  claimantOpens: boolean,
  attributions: readonly Attribution[] = [],
): { periods: TimeExpression[]; statement: StatementTime } {
  const opening = openingOf(sentence, lexicon);
  // "Speaking at a board meeting in Moscow, on Wednesday, Belousov said": the phrase up to its speaker dates the speech.
  const speakingUntil = lexicon.time.speakingOpens.test(sentence.slice(opening))
    ? (attributions.find((a) => a.start >= opening)?.start ?? sentence.indexOf(',', opening))
    : -1;
  let statement: StatementTime = null;
  let statementEnd = -1;
  const periods: TimeExpression[] = [];
  for (const expression of expressions) {
    const before = sentence.slice(Math.max(0, expression.start - 60), expression.start);
    // "In September 2022, Shoigu said …".
    const opensSentence = opensWithTime(sentence, expression, opening);
    // "the Russian army on Sunday admitted": between a claimant and its verb.
    const betweenClaimantAndVerb =
      attributions.some((a) => a.end <= expression.start && expression.start - a.end <= 2) && lexicon.time.statementAfter.test(sentence.slice(expression.end));
    // "said on Monday, January 13, 2025": a date right after a statement date belongs to it.
    const continuesStatement = statementEnd >= 0 && /^\s*,?\s*$/.test(sentence.slice(statementEnd, expression.start));
    const value = expression.value;
    const canDate = canDateStatement(value);
    // "In November, Kyiv claimed 17,060, as well as another 17,080 in December": months paired with
    // figures are their periods, not the statement's time.
    // A day pairs only with another dated day ("On September 10, … in one day" is a statement day and the update's own).
    const paired = expressions.some((other) => other !== expression && other.value.type === value.type && (value.type !== 'day' || canDateStatement(other.value)));
    const isStatement = canDate && (lexicon.time.statementBefore.test(before) || continuesStatement || betweenClaimantAndVerb || (opensSentence && claimantOpens && !paired) || (expression.end <= speakingUntil && !paired));
    if (!isStatement) {
      periods.push(expression);
      continue;
    }
    statementEnd = expression.end;
    statement = statementTimeOf(expression, published);
  }
  return { periods, statement };
}

function statementTimeOf(expression: TimeExpression, published: IsoDate | null): StatementTime {
  const anchors = { published, statement: null };
  if (expression.value.type === 'day' && typeof expression.value.ref === 'object') {
    const day = dayOf(expression.value.ref, anchors);
    return day ? { day } : { coarse: true, around: null };
  }
  // "told reporters in February 2024" in an article of 26 February 2024: said about when it was published.
  const { start, end } = resolve(expression.value, anchors);
  return published && start && end && start <= published && published <= end ? { day: published } : { coarse: true, around: start };
}
