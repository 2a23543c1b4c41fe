// Stage: who speaks in a sentence — the claimants it names as saying something (not those merely
// mentioned), whether it takes up the claimant before, or gives its words to someone unknown.
import type { Lexicon } from '../lang/lexicon.js';
import type { Attribution, Claimant } from '../model.js';
import { alternation, matchesOf, scan, type Alternation } from './patterns.js';

const aliasesOf = new WeakMap<Lexicon, Alternation<Claimant>>();
const aliases = (lexicon: Lexicon): Alternation<Claimant> => {
  let found = aliasesOf.get(lexicon);
  if (!found) aliasesOf.set(lexicon, (found = alternation(lexicon.claimants.aliases, lexicon.script)));
  return found;
};

export interface Speakers {
  attributions: Attribution[];
  /** Every claimant named, speaking or not. */
  mentions: Attribution[];
  /** Names no known claimant but gives its words to someone else ("Berlin said", "the governor said"). */
  otherSpeaker: boolean;
  /** "the ministry said", or "he said" after a person: the claimant in force speaks on. */
  takesUp: boolean;
}

/**
 * `inForce`: the claimant of the sentences before, whom "he said" may take up. `allMentions`: find
 * every claimant named even in a sentence with no word that could make one speak (a sentence with figures).
 */
export function findSpeakers(sentence: string, lexicon: Lexicon, inForce: Claimant | null, allMentions = false, persons?: ReadonlyMap<string, Claimant>): Speakers {
  const words = lexicon.claimants;
  const takesUp =
    words.anaphora.test(sentence) ||
    (inForce?.person === true && words.pronounSpeaker.test(sentence)) ||
    (inForce !== null && words.firstPersonSpeaker?.test(sentence) === true && !namesOtherSpeaker(sentence, lexicon));
  const mayAttribute = words.mayAttribute.test(sentence) || words.endsInBracketedName.test(sentence.trimEnd().slice(-4));
  if (!mayAttribute && !allMentions) return { attributions: [], mentions: [], otherSpeaker: false, takesUp };
  const alternation = aliases(lexicon);
  const mentions: Attribution[] = scan(alternation, sentence).map((m) => ({ claimant: alternation.valueOf(m), start: m.index, end: m.index + m[0].length }));
  if (!mayAttribute) return { attributions: [], mentions, otherSpeaker: false, takesUp };
  const attributions: Attribution[] = mentions
    .filter((mention) => speaks(sentence, mention, mentions, lexicon))
    .map((mention) => (authorOfReport(sentence, mention, lexicon) ? { ...mention, author: true } : mention))
    .map((mention) => (bracketedAtEnd(sentence, mention) ? { ...mention, local: true } : mention))
    .map((mention) => withSurname(sentence, mention, lexicon));
  // "Savchuk said": a person named before with a claimant's title speaks for it again.
  const recalled = attributions.length === 0 && !takesUp ? recalledPerson(sentence, lexicon, persons) : null;
  if (recalled) attributions.push(recalled);
  const otherSpeaker = attributions.length === 0 && !takesUp && namesOtherSpeaker(sentence, lexicon);
  return { attributions, mentions, otherSpeaker, takesUp };
}

/** The name right after a claimant's title ("Ukraine's Defence Minister (Oleh Savchuk) said"), with its length. */
function nameAfterTitle(sentence: string, mention: Attribution, lexicon: Lexicon): RegExpExecArray | null {
  const words = lexicon.claimants;
  return words.titleEnd.test(sentence.slice(mention.start, mention.end)) ? words.nameAfterTitle.exec(sentence.slice(mention.end)) : null;
}

/** A claimant named with its person keeps the person's surname, for "Savchuk said" later. */
function withSurname(sentence: string, mention: Attribution, lexicon: Lexicon): Attribution {
  const named = sentence.slice(mention.start, mention.end);
  const afterTitle = nameAfterTitle(sentence, mention, lexicon);
  const surname = afterTitle
    ? (lexicon.claimants.surnameFirst.exec(afterTitle[1]!)?.[1] ?? afterTitle[2])
    : (lexicon.claimants.surnameFirst.exec(named) ?? lexicon.claimants.surnameEnding.exec(named))?.[1];
  return surname ? { ...mention, surname } : mention;
}

function recalledPerson(sentence: string, lexicon: Lexicon, persons?: ReadonlyMap<string, Claimant>): Attribution | null {
  if (!persons || persons.size === 0) return null;
  const m = lexicon.claimants.speakerSurname.exec(sentence);
  const surname = m?.[1] ?? m?.[2];
  const claimant = surname ? persons.get(surname) : undefined;
  if (m && surname && claimant) {
    const start = m.index + m[0].indexOf(surname);
    return { claimant, start, end: start + surname.length, surname };
  }
  // "This is stated in a statement by the Commander-in-Chief, Oleksandr Syrsky, published by the General Staff.
  // He added that …": a sentence opened by "he" or "she" speaking is the person named last, whoever published it.
  const pronoun = lexicon.claimants.pronounSpeaker.exec(sentence);
  if (!pronoun || sentence.slice(0, pronoun.index).trim() !== '') return null;
  const person = [...persons].findLast(([, named]) => named.person === true);
  return person ? { claimant: person[1], start: pronoun.index, end: pronoun.index + pronoun[0].length, surname: person[0] } : null;
}

/**
 * "according to" (or "per", "citing") governs the first name after it only, and only within its
 * own phrase: "according to the report, Russia lost ..." does not make Russia the claimant.
 */
function followsAccordingTo(sentence: string, mention: Attribution, mentions: Attribution[], lexicon: Lexicon): boolean {
  const before = sentence.slice(Math.max(0, mention.start - 120), mention.start);
  const phrase = lexicon.claimants.accordingTo.exec(before);
  if (!phrase || phrase[1]!.trim().split(/\s+/).length > lexicon.claimants.accordingToPhraseWords) return false;
  const phraseStart = mention.start - before.length + phrase.index;
  return !mentions.some((other) => other !== mention && other.start >= phraseStart && other.start < mention.start);
}

/** How far before and after a name the words that make it speak are looked for. */
const BEFORE_WINDOW = 160;
const AFTER_WINDOW = 160;

function speaks(sentence: string, mention: Attribution, mentions: Attribution[], lexicon: Lexicon): boolean {
  const words = lexicon.claimants;
  const before = sentence.slice(Math.max(0, mention.start - BEFORE_WINDOW), mention.start);
  const after = sentence.slice(mention.end, mention.end + AFTER_WINDOW);
  if (words.notClaimantBefore.test(before) || words.agentBefore.test(before)) return false;
  // "the Centre for Strategic and International Studies in Washington said": a place, not the speaker.
  // "in Kyiv's tally" names a report, and so its author.
  if (/\bin\s+$/.test(before) && !/\b(?:officials?|authorities|sources?|commanders?|military)\s+in\s+$/i.test(before) && !words.possessiveReport.test(after)) return false;
  // "Ukraine's Defence Minister Oleh Savchuk said": the person's name stands between the title and the verb.
  const name = nameAfterTitle(sentence, mention, lexicon);
  if (name && words.verbAfter.test(after.slice(name[0].length))) return true;
  return (
    words.possessiveReport.test(after) ||
    words.reportAfter.test(after) ||
    words.reportNamed.test(sentence.slice(mention.start, mention.end + 40)) ||
    words.verbAfter.test(after) ||
    followsAccordingTo(sentence, mention, mentions, lexicon) ||
    words.byReportBefore.test(before) ||
    estimateOf(words, before, after) ||
    // "…, said Shoigu." names the speaker; "…, says Russia lost …" names a side.
    (words.verbBefore.test(before) && /^\s*(?:[,.;:"”)]|$|(?:in|at|on|during|to|after|before|when|while)\b)/.test(after)) ||
    (words.headlineTail.test(before) && /^\s*[.!]?\s*$/.test(after)) ||
    // "Russian MoD: AFU lost over 1,900 troops": a claimant that opens the sentence with a colon.
    (mention.start === 0 && /^\s*:/.test(after)) ||
    bracketedAtEnd(sentence, mention)
  );
}

/** A claimant named as a report's author: "CSIS's report", "the assessment, published by CSIS", "a CSIS study". */
function authorOfReport(sentence: string, mention: Attribution, lexicon: Lexicon): boolean {
  const words = lexicon.claimants;
  const after = sentence.slice(mention.end, mention.end + AFTER_WINDOW);
  const before = sentence.slice(Math.max(0, mention.start - BEFORE_WINDOW), mention.start);
  if (mention.claimant.medium && words.relayedBefore.test(before)) return false;
  return words.possessiveReport.test(after) || words.reportAfter.test(after) || words.byReportBefore.test(before) || estimateOf(words, before, after);
}

const estimateOf = (words: Lexicon['claimants'], before: string, after: string): boolean =>
  words.estimateOfBefore?.test(before) === true && !/^['’]s\b/.test(after);

/** "1,200 soldiers killed in the past day (General Staff)": a source in brackets at the end of a line. */
const bracketedAtEnd = (sentence: string, mention: Attribution): boolean =>
  sentence.length - mention.end <= 6 &&
  /^\s*\)\s*[.;]?\s*$/.test(sentence.slice(mention.end)) &&
  sentence.slice(Math.max(0, mention.start - 3), mention.start).trimEnd().endsWith('(');

function namesOtherSpeaker(sentence: string, lexicon: Lexicon): boolean {
  const words = lexicon.claimants;
  if (words.accordingToSomeone.test(sentence)) return true;
  for (const m of matchesOf(words.otherSpeaker, sentence)) if (!words.anaphora.test(m[0])) return true;
  return false;
}
