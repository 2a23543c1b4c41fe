import {
  CLAIMANT_ALIASES,
  CLAIMANT_ANAPHORA,
  NOT_ATTRIBUTION,
  PERSON_PRONOUN_SPEAKER,
  REPORTING_VERBS,
  REPORT_NOUNS,
  SPEAKER_ROLES,
  type Claimant,
} from './vocabulary/sources.js';
import { alternation, matchesOf } from './patterns.js';

/** A claimant named in a sentence as the one making a claim. */
export interface Attribution {
  claimant: Claimant;
  start: number;
  end: number;
  /** A source in brackets at the end of a line ("… (General Staff)") speaks for that line only. */
  local?: boolean;
}

const ALIASES = alternation(CLAIMANT_ALIASES);
const POSSESSIVE_REPORT = new RegExp(`^'s\\s+(?:[\\w-]+\\s+)?(?:${REPORT_NOUNS})\\b`, 'i');
const REPORT_AFTER = new RegExp(`^\\s+(?:${REPORT_NOUNS})\\b`, 'i');
const VERB_AFTER = new RegExp(
  `^(?:'s\\s+[\\w-]+)?(?:\\s*,[^,]{0,50},)?(?:\\s+(?:has|have|had|also|previously|reportedly|then|later|now|so far|on|in|an?|update|its|latest|daily|officials?|spokes(?:person|man|woman)|sources|\\w+ly)){0,3}\\s+(?:${REPORTING_VERBS})\\b`,
  'i',
);
const BY_REPORT = new RegExp(`\\b(?:${REPORT_NOUNS}|investigation|announced|reported|stated|put forward|posted|published|released|compiled|estimated|provided|cited)\\b[^.;]{0,80}\\b(?:by|from)\\s+$`, 'i');
const NOT_CLAIMANT = new RegExp(`${NOT_ATTRIBUTION}[^.;]{0,30}$`, 'i');
const HEADLINE_TAIL = /[:—–|-]\s*$/;
const ANAPHORA = new RegExp(`\\b${CLAIMANT_ANAPHORA}\\b`, 'i');
const PRONOUN_SPEAKER = new RegExp(PERSON_PRONOUN_SPEAKER, 'i');
/** Words between "according to" and the name it governs: "according to a statement by the". */
const ACCORDING_TO_PHRASE_WORDS = 6;
/** "Berlin said", "officials told reporters": someone the vocabulary does not know is speaking. */
const OTHER_SPEAKER = new RegExp(
  `(?:^|[\\s,;(])(?:[A-Z][\\w'.-]*(?:\\s+[A-Z][\\w'.-]*){0,3}|he|she|they|(?:(?:the|a|an|[a-z]+)\\s+)?(?:${SPEAKER_ROLES}))\\s+(?:(?:has|have|had)\\s+)?(?:${REPORTING_VERBS})\\b`,
  'g',
);

/** Some word that can make a name a claimant; without one, no name in the sentence is. */
const MAY_ATTRIBUTE = new RegExp(`\\b(?:${REPORTING_VERBS}|${REPORT_NOUNS}|according to|per|citing|investigation|put forward|compiled|provided|cited)\\b|[:—–|]|\\s-`, 'i');
/** A line ending on a name in brackets ("… (General Staff)"); read from its last characters only. */
const ENDS_IN_BRACKETED_NAME = /[a-z.]\)[.;]?$/i;

/** Who speaks in a sentence. */
export interface Speakers {
  /** The claimants it names as saying something (not those merely mentioned), in order. */
  attributions: Attribution[];
  /**
   * True when it names no known claimant but gives its words to someone else ("Berlin said",
   * "the regional governor said"): the claimant of earlier sentences does not carry into it.
   */
  otherSpeaker: boolean;
}

/** `inForce`: the claimant of the sentences before, whom "he said" may take up. */
export function findSpeakers(sentence: string, inForce: Claimant | null = null): Speakers {
  if (!MAY_ATTRIBUTE.test(sentence) && !ENDS_IN_BRACKETED_NAME.test(sentence.trimEnd().slice(-4))) return { attributions: [], otherSpeaker: false };
  const mentions: Attribution[] = [];
  for (const m of matchesOf(ALIASES.regex, sentence)) {
    mentions.push({ claimant: ALIASES.valueOf(m), start: m.index, end: m.index + m[0].length });
  }
  const attributions = mentions
    .filter((mention) => attributes(sentence, mention, mentions))
    .map((mention) => (bracketedAtEnd(sentence, mention) ? { ...mention, local: true } : mention))
    .sort((a, b) => a.start - b.start);
  return { attributions, otherSpeaker: attributions.length === 0 && !takesUpClaimant(sentence, inForce) && namesOtherSpeaker(sentence) };
}

/**
 * "according to" (or "per", "citing") governs the first name after it only, and only within its
 * own phrase: "according to the report, Russia lost ..." does not make Russia the claimant.
 */
function followsAccordingTo(sentence: string, mention: Attribution, mentions: Attribution[]): boolean {
  const before = sentence.slice(Math.max(0, mention.start - 120), mention.start);
  const phrase = /\b(?:according to|per|citing)\b(?![\s\S]*\b(?:according to|per|citing)\b)([^,;:()]*)$/i.exec(before);
  if (!phrase || phrase[1]!.trim().split(/\s+/).length > ACCORDING_TO_PHRASE_WORDS) return false;
  const phraseStart = mention.start - before.length + phrase.index;
  return !mentions.some((other) => other !== mention && other.start >= phraseStart && other.start < mention.start);
}

function attributes(sentence: string, mention: Attribution, mentions: Attribution[]): boolean {
  const { start, end } = mention;
  const before = sentence.slice(0, start);
  const after = sentence.slice(end);
  if (NOT_CLAIMANT.test(before)) return false;
  return (
    POSSESSIVE_REPORT.test(after) ||
    REPORT_AFTER.test(after) ||
    VERB_AFTER.test(after) ||
    followsAccordingTo(sentence, mention, mentions) ||
    BY_REPORT.test(before) ||
    (HEADLINE_TAIL.test(before) && /^\s*$/.test(after)) ||
    // "Russian MoD: AFU lost over 1,900 troops": a claimant that opens the sentence with a colon.
    (/^\s*$/.test(before) && /^\s*:/.test(after)) ||
    bracketedAtEnd(sentence, mention)
  );
}

/** "1,200 soldiers killed in the past day (General Staff)": a source in brackets at the end of a line. */
const bracketedAtEnd = (sentence: string, mention: Attribution): boolean =>
  sentence.length - mention.end <= 6 &&
  /^\s*\)\s*[.;]?\s*$/.test(sentence.slice(mention.end)) &&
  sentence.slice(Math.max(0, mention.start - 3), mention.start).trimEnd().endsWith('(');

/** "the ministry said", or "he said" after a person: a claimant taken up again, so the one in force carries on. */
export const takesUpClaimant = (sentence: string, inForce: Claimant | null): boolean =>
  ANAPHORA.test(sentence) || (inForce?.person === true && PRONOUN_SPEAKER.test(sentence));

/** "according to a senior NATO official": a source the vocabulary does not know. */
const ACCORDING_TO_SOMEONE = /\baccording to (?:an? |the )?(?:[\w-]+ ){0,3}(?:officials?|sources?|analysts?|experts?|estimates?)\b/i;

function namesOtherSpeaker(sentence: string): boolean {
  if (ACCORDING_TO_SOMEONE.test(sentence)) return true;
  for (const m of matchesOf(OTHER_SPEAKER, sentence)) if (!ANAPHORA.test(m[0])) return true;
  return false;
}
