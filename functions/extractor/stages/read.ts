// Stage: one sentence read into claims — its figures by the metric rules, then each figure's
// kind, qualifier, claimant, subject and period by their registries, with the evidence for each.
import type { ClaimKind, EvidenceAttribute, LocatedClaim, Period } from '../../core/claim.js';
import type { Lexicon } from '../lang/lexicon.js';
import type { Claimant, Decision, Figure, PeriodChoice, Sentence, SentenceTags, Span, StatementTime } from '../model.js';
import { finalMetric, KIND_RULES, type KindContext } from '../rules/kind.js';
import { METRIC_RULES, senseInList, type MentionContext } from '../rules/metric.js';
import { datedDay, PERIOD_RULES } from '../rules/period.js';
import { QUALIFIER_RULES } from '../rules/qualifier.js';
import { decide } from '../rules/registry.js';
import { SOURCE_RULES } from '../rules/source.js';
import { SUBJECT_RULES, type SubjectContext, type SubjectValue } from '../rules/subject.js';
import { EXPLICIT_PERIOD_RULES, periodReferredTo, viewFor, type DiscourseState, type Draft, type SentenceOutcome } from './discourse.js';
import { dayOf, resolve, type Anchors } from './resolve.js';
import { opensWithClaimant, separateStatementTime } from './statement.js';
import { sideTagsOf, tagSentence } from './tags.js';
import { findTimes } from './times.js';

/** Replaces spans (claimants, a dateline) with spaces, so "Russia's Defense Ministry" or "KYIV (Reuters) -" is not taken for a side. */
const blankOut = (text: string, spans: readonly Span[]): string =>
  spans.reduce((out, s) => out.slice(0, s.start) + ' '.repeat(s.end - s.start) + out.slice(s.end), text);

/** The figures of a sentence: each number the metric rules read as a count, grouped into lists. */
function readFigures(text: string, tags: SentenceTags, lexicon: Lexicon, carriedMetric: string | null): Figure[] {
  const figures: Figure[] = [];
  const wholes = new Map();
  for (const [index, mention] of tags.numbers.entries()) {
    const context: MentionContext = { text, lexicon, tags, mention, index, figures, wholes, carriedMetric };
    const decision = decide(METRIC_RULES, context);
    if (!decision?.value) continue;
    const read = Object.assign(decision.value, { metricRule: decision.rule, metricSpan: decision.span });
    // "four tanks and artillery systems each": the figure counts each of them, not them together.
    const each = read.metric.includes('+') && lexicon.grammar.eachAfter?.test(text.slice(read.phraseEnd)) === true;
    const nounOf = (metric: string) => tags.metrics.find((t) => t.metric === metric && t.start >= read.metricSpan.start && t.end <= read.metricSpan.end) ?? read.metricSpan;
    figures.push(...(each ? read.metric.split('+').map((metric) => ({ ...read, metric, metricSpan: { start: nounOf(metric).start, end: nounOf(metric).end } })) : [read]));
  }
  let list = 0;
  figures.forEach((figure, i) => {
    const previous = figures[i - 1];
    // A part of the figure before ("74 drones, 53 of which …") is no further item of its list.
    const between = previous ? text.slice(previous.phraseEnd, figure.mention.start) : '';
    if (previous && previous.mention !== figure.mention && (figure.partOfBefore || !(lexicon.grammar.listJoint.test(between) || lexicon.grammar.fateJoint.test(between)))) list++;
    figure.list = list;
  });
  for (const figure of figures) senseInList(figure, figures.filter((f) => f.list === figure.list), text, lexicon);
  return figures;
}

/** The claimant of a figure whose source rules have not run yet (no rule before them reads it). */
const UNDECIDED: Decision<Claimant | null> = { value: null, rule: '', span: { start: 0, end: 0 } };

/** The side whose losses a sentence without figures speaks of: "total Russian combat losses", "Russian military forces have sustained". */
function sideOfLosses(text: string, lexicon: Lexicon): string | null {
  const m = lexicon.sides.lossesCue.test(text) ? lexicon.sides.lossesOf.exec(text) : null;
  const words = m ? (m[1] ?? m[2]) : undefined;
  if (!m || !words) return null;
  const start = m.index + m[0].indexOf(words);
  return sideTagsOf(text, lexicon).filter((s) => !s.place && s.start >= start && s.end <= start + words.length).pop()?.side ?? null;
}

/** Reads one sentence against the discourse so far. Throws only on a bug; the caller records it. */
export function readSentence(sentence: Sentence, state: DiscourseState, lexicon: Lexicon, original: string): SentenceOutcome {
  const text = sentence.text;
  const tags = tagSentence(text, lexicon, state.claimant, state.persons);
  const view = viewFor(state, sentence, tags);
  const outcome: SentenceOutcome = { sentence, tags, view, drafts: [], statement: null, claimant: null, firstSide: null, named: null };
  if (tags.numbers.length === 0) {
    outcome.lossSide = sideOfLosses(text, lexicon);
    // A sentence that names a claimant may say when it spoke, for the figures after ("Speaking on Wednesday, Belousov said").
    if (tags.attributions.length > 0) outcome.statement = separateStatementTime(text, findTimes(text, lexicon), lexicon, state.published, opensWithClaimant(text, tags.attributions, text.length, lexicon), tags.attributions).statement;
    return outcome;
  }

  const dateline = lexicon.grammar.dateline.exec(text);
  // "KYIV, Dec 2 (Reuters) -": a dateline's date is when the story was filed, not a period;
  // "its highest figure in a month" compares rather than dates; "(+20 за минулу добу)" is the increment's own day.
  const times = tags.times.filter(
    (t) =>
      (!dateline || t.start >= dateline[0].length) &&
      // "the highest losses … since the beginning of the invasion": a record compared, not a running total.
      !((t.value.type === 'undatedSpan' || t.value.type === 'war') && lexicon.time.comparisonBefore.test(text.slice(Math.max(0, t.start - 90), t.start))) &&
      !tags.numbers.some((m) => m.increment && t.start >= m.start && t.end <= m.end),
  );
  // A number inside a time expression is part of a date: "between November 1 and 30".
  const numbers = tags.numbers.filter((m) => !times.some((e) => m.start >= e.start && m.end <= e.end));
  const figureTags = { ...tags, numbers, times };
  const figures = readFigures(text, figureTags, lexicon, view.metric);
  const firstFigure = figures[0]?.mention.start ?? text.length;
  const { periods, statement } = separateStatementTime(text, times, lexicon, state.published, opensWithClaimant(text, tags.attributions, firstFigure, lexicon), tags.attributions);
  outcome.statement = statement;
  // A hint ("total losses") names no period a later "the same period" could take up.
  const lastNamed = periods.filter((p) => !p.weak).pop();
  outcome.named = lastNamed ? resolve(lastNamed.value, { published: state.published, statement }) : null;
  const blanked: Span[] = dateline ? [...tags.attributions, { start: 0, end: dateline[0].length }] : tags.attributions;
  const sideText = blankOut(text, blanked);
  const allSides = tags.sides;
  // The sides that are not a claimant's name or the dateline's city, nor the nationality the name
  // is written with ("South Korean MP Lee", "Ukrainian President Zelensky": the speaker's, not the loser's).
  const sides = allSides.filter((s) => !blanked.some((b) => (s.start < b.end && s.end > b.start) || (s.end <= b.start && /^\s+$/.test(text.slice(s.end, b.start)))));
  outcome.firstSide = sides.find((s) => !s.place)?.side ?? null;
  const discourse = lexicon.time.anaphora.test(text) || lexicon.time.sinceAnaphora.test(text) ? { ...view, referred: periodReferredTo(state, lexicon) } : view;
  const earlier = new Map<object, SubjectValue>();
  // One context for the sentence, of one shape for every registry: the figure and its attributes
  // are set in it as they are decided, so the rules' reads of it stay monomorphic and nothing is
  // copied per figure or per registry.
  const context: KindContext & SubjectContext = {
    sentence, text, lexicon, tags: figureTags, figures, discourse, sideText, sides, periods, statement, attributions: tags.attributions, memo: new Map(),
    figure: figures[0]!, listKind: null, kind: 'other', claimant: UNDECIDED, earlier, allSides,
  };

  const evidence = (attribute: EvidenceAttribute, decision: Decision<unknown>) => {
    const start = sentence.toArticle(decision.span.start);
    const end = Math.max(start, sentence.toArticle(Math.max(decision.span.start, decision.span.end - 1)) + 1);
    return { attribute, rule: decision.rule, text: original.slice(start, end), start, end };
  };

  const kinds = new Map<Figure, ClaimKind | null>();
  for (const figure of figures) {
    const head = figures.find((f) => f.list === figure.list);
    const listKind = head && head !== figure ? (kinds.get(head) ?? null) : null;
    context.figure = figure;
    context.listKind = listKind;
    context.kind = 'other';
    context.claimant = UNDECIDED;
    const kind = decide(KIND_RULES, context);
    kinds.set(figure, kind?.value ?? null);
    if (!kind?.value) continue;
    const metric = finalMetric(figure, kind.value);
    if (!metric) continue;
    context.kind = kind.value;
    const qualifier = decide(QUALIFIER_RULES, context)!;
    const claimant = decide(SOURCE_RULES, context)!;
    context.claimant = claimant;
    const subject = decide(SUBJECT_RULES, context)!;
    earlier.set(figure, subject.value);
    const period = kind.value === 'loss' ? decide(PERIOD_RULES, context)! : null;
    const spokenOn = statement ?? (claimant.value && view.statementDay?.claimant === claimant.value.name ? { day: view.statementDay.day } : null);
    const anchors: Anchors = { published: state.published, statement: spokenOn };
    const dated = datedDay(context);
    if (dated && dated.value.type === 'day' && typeof dated.value.ref === 'object') anchors.dated = dayOf(dated.value.ref, anchors);
    // "(+20)" in the list after "Over the past day, November 22, …": the day that update was dated.
    else if (figure.mention.increment && view.reportDay && (claimant.value?.name ?? null) === view.reportDay.claimant) anchors.dated = view.reportDay.day;
    // "100,000 troops on each side": one claim for each side.
    const sides = subject.value !== null && typeof subject.value === 'object' ? subject.value.each : [subject.value];
    for (const side of sides) {
      const claim: LocatedClaim = {
        subject: side,
        metric,
        unit: figure.mention.usd ? 'USD' : 'count',
        value: figure.mention.value,
        valueMax: figure.mention.valueMax,
        qualifier: qualifier.value,
        kind: kind.value,
        period: period ? placed(period.value, anchors, statement) : null,
        source: claimant.value?.name ?? null,
        sourceGroup: claimant.value?.group ?? null,
        quote: original.slice(sentence.quote.start, sentence.quote.end),
        quoteStart: sentence.quote.start,
        quoteEnd: sentence.quote.end,
        evidence: [
          evidence('metric', { value: metric, rule: figure.metricRule, span: figure.metricSpan }),
          evidence('kind', kind),
          evidence('qualifier', qualifier),
          evidence('source', claimant),
          evidence('subject', subject),
          ...(period ? [evidence('period', period)] : []),
        ],
      };
      outcome.drafts.push({ claim, headline: sentence.headline, periodRule: period?.rule ?? '', dating: datingOf(period), quoted: insideQuotation(text, figure.mention.start) } satisfies Draft);
    }
  }
  // "Over the past two weeks, Russia has suffered …": numbers that gave no figure leave it a sentence of whose losses it speaks.
  if (outcome.drafts.length === 0) outcome.lossSide = sideOfLosses(text, lexicon);
  const claimants = new Set(outcome.drafts.map((d) => d.claim.source));
  const first = outcome.drafts[0];
  if (first && claimants.size === 1 && first.claim.source) {
    outcome.claimant = { value: { name: first.claim.source, group: first.claim.sourceGroup }, rule: '', span: { start: 0, end: 0 } };
  }
  return outcome;
}

/** Whether `offset` of a sentence stands inside quotation marks: more opened than closed before it (straight ones, an odd count). */
function insideQuotation(text: string, offset: number): boolean {
  let straight = 0;
  let curly = 0;
  for (let i = 0; i < offset; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 0x22) straight++;
    else if (ch === 0x201c || ch === 0xab) curly++;
    else if ((ch === 0x201d || ch === 0xbb) && curly > 0) curly--;
  }
  return curly > 0 || straight % 2 === 1;
}

/** How a period decision dated its figure (see Draft.dating). */
function datingOf(period: Decision<PeriodChoice> | null): Draft['dating'] {
  if (!period || !EXPLICIT_PERIOD_RULES.has(period.rule)) return 'none';
  if ('period' in period.value) return 'relative';
  const time = period.value.time;
  // "311,750 reported one week ago": reckoned back from the update, so it dates no later statement.
  if (time.type === 'asOf' && 'relativeDay' in time.date) return 'relative';
  return time.type === 'day' && typeof time.ref === 'object' && !('relativeDay' in time.ref) ? 'calendar' : time.type === 'day' || time.type === 'dayBefore' ? 'relative' : 'calendar';
}

/** A period on the calendar. A running total that goes on runs to the day this sentence says it was stated, if it says. */
function placed(choice: PeriodChoice, anchors: Anchors, spokenOn: StatementTime): Period {
  if (!('period' in choice)) return resolve(choice.time, anchors);
  const held = choice.period;
  return held.kind === 'cumulative' && held.end && spokenOn && 'day' in spokenOn && spokenOn.day > held.start! ? { ...held, end: spokenOn.day } : held;
}
