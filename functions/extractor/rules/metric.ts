// Rules: what a number counts. The first reading that applies decides whether a number is a
// figure at all, what metric it counts, and how far its noun phrase reaches.
import { combinedMetric, metricDefinition, type MetricName } from '../../core/metrics.js';
import type { Lexicon } from '../lang/lexicon.js';
import type { Figure, MetricTag, NumberMention, SentenceTags, Span } from '../model.js';
import { rule, type Rule } from './registry.js';

export interface MentionContext {
  text: string;
  lexicon: Lexicon;
  tags: SentenceTags;
  mention: NumberMention;
  index: number;
  /** The figures read so far in the sentence. */
  figures: Figure[];
  /** Wholes ("188 drones" in "76 out of 188 drones") waiting to be read, with their part. */
  wholes: Map<NumberMention, Figure>;
  /** What the sentence before counted, for a bare figure that refers back to it. */
  carriedMetric: string | null;
}

interface Patterns {
  /** Between a figure and its noun: a lead-in and up to three modifiers; group 1 the modifiers. */
  gap: RegExp;
  /** The same after a number in words: no lead-in, up to two modifiers, then a calibre or a model. */
  spelledGap: RegExp;
  /** Between one noun and the next it is counted with: "tanks and other armored vehicles". */
  nextGap: RegExp;
  /** Between a list label and its figure: "tanks — ", "| Tanks | ". */
  labelGap: RegExp;
}

const patternsOf = new WeakMap<Lexicon, Patterns>();
function patterns(lexicon: Lexicon): Patterns {
  let found = patternsOf.get(lexicon);
  if (found) return found;
  const words = lexicon.metrics;
  // Numbers in words, as a non-capturing alternation.
  const spelled = lexicon.numbers.spelled.source.replace(/\((?!\?)/g, '(?:');
  // A word between a figure and its noun: "1,200 more Russian soldiers"; never a stop word or another figure.
  const { word, flags } = lexicon.script;
  const modifier = `(?!(?:${words.phraseStopWords}|${spelled})(?![${word}-]))(?![\\d,.]+(?![${word}-]))[${word}.'’/-]+`;
  const i = `i${flags}`;
  found = {
    // "almost 300 thousand (299,210) people": the exact figure in brackets after a rounded one is an aside.
    // The noun may open a quotation: "a $980 million “drawdown package”"; the figure may close one: "“around 776,090” casualties".
    gap: new RegExp(`^["”»]?\\s*(?:\\(\\d[\\d,. \\u00a0]*\\)\\s*)?${words.phraseLeadIn}((?:${modifier}\\s+){0,3}["“«]?)$`, i),
    // A calibre or a model ("two US-made 105-mm M119 guns") is a third modifier a number in words may take.
    spelledGap: new RegExp(`^\\s*((?:${modifier}\\s+){0,2}(?:[${word}-]*\\d[${word}-]*\\s+){0,2})$`, i),
    nextGap: new RegExp(`^(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+|\\s+or\\s+)(?:other\\s+)?((?:${modifier}\\s+){0,2})$`, i),
    labelGap: new RegExp(`^${words.listLabelTail}`, i),
  };
  patternsOf.set(lexicon, found);
  return found;
}

/** Modifiers that keep a weak metric word the figure's noun: a side and words of the same sense ("350,000 Russian wounded", "750,000 military losses"). */
function plainModifiers(c: MentionContext, modifiers: Span): boolean {
  const side = c.tags.sides.find((s) => s.start >= modifiers.start && s.start < modifiers.end);
  const rest = side ? c.text.slice(modifiers.start, side.start) + c.text.slice(side.end, modifiers.end).trimStart() : c.text.slice(modifiers.start, modifiers.end);
  return c.lexicon.metrics.weakModifiers.test(rest);
}

/** How far after a figure its noun may stand. */
const NOUN_REACH = 80;
/** A dash, then at most three words, before a bare figure (compiled once: the bundle builds a pattern with \p{…} anew wherever it stands). */
const DASH_THEN_WORDS = /[—–-]\s*(?:\p{L}+\s+){0,3}$/u;

/** The metric word the gap after `from` leads to (from the sentence's tags), and the modifiers before it. */
function nounAhead(c: MentionContext, from: number, gap: RegExp): { tag: MetricTag; modifiers: Span } | null {
  const tag = c.tags.metrics.find((t) => t.start >= from);
  if (!tag || tag.start - from > NOUN_REACH) return null;
  const m = gap.exec(c.text.slice(from, tag.start));
  return m ? { tag, modifiers: { start: tag.start - m[1]!.length, end: tag.start } } : null;
}

const figure = (c: MentionContext, metric: string, fields: Partial<Figure> & { metricSpan: Span }): Figure => ({
  mention: c.mention,
  metric,
  phraseEnd: c.mention.end,
  modifiers: { start: c.mention.end, end: c.mention.end },
  metricBefore: null,
  listItem: false,
  carried: false,
  partOf: null,
  partOfBefore: null,
  list: 0,
  metricRule: '',
  ...fields,
});

/**
 * A figure counted by the noun after it (and by the nouns joined to that one). `combine: 'other'`:
 * only a noun joined as "other" ("12 tanks and other armored vehicles") counts with it.
 */
function countedByNounAfter(c: MentionContext, noun: { tag: MetricTag; modifiers: Span }, combine: boolean | 'other'): Figure {
  const metrics = new Set<MetricName>([noun.tag.metric]);
  let phraseEnd = noun.tag.end;
  if (combine && metricDefinition(noun.tag.metric).combines) {
    for (let more = nounAhead(c, phraseEnd, patterns(c.lexicon).nextGap); more && metricDefinition(more.tag.metric).combines; more = nounAhead(c, phraseEnd, patterns(c.lexicon).nextGap)) {
      if (combine === 'other' && !c.lexicon.grammar.otherJoint.test(c.text.slice(phraseEnd, more.modifiers.start))) break;
      if (c.mention.value > 1 && c.lexicon.grammar.singularNoun.test(c.text.slice(more.tag.start, more.tag.end))) break;
      metrics.add(more.tag.metric);
      phraseEnd = more.tag.end;
    }
  }
  return figure(c, combinedMetric(metrics), { phraseEnd, modifiers: noun.modifiers, metricSpan: { start: noun.tag.start, end: phraseEnd } });
}

/** The noun right after a figure, read as a number in words or in digits reads its noun. */
/** Where the words after a figure start: past the bracket that closes an amount converted into dollars ("€1 billion ($1.1 billion) support"). */
function wordsAfter(c: MentionContext, mention: NumberMention): number {
  if (!mention.usd || !c.lexicon.numbers.convertedFrom.test(c.text.slice(Math.max(0, mention.start - 40), mention.start))) return mention.end;
  const bracket = /^\s*\)/.exec(c.text.slice(mention.end));
  return bracket ? mention.end + bracket[0].length : mention.end;
}

const nounAfter = (c: MentionContext, mention: NumberMention) => nounAhead(c, wordsAfter(c, mention), mention.spelled ? patterns(c.lexicon).spelledGap : patterns(c.lexicon).gap);

const isYearLike = (c: MentionContext): boolean =>
  !c.mention.usd && c.mention.valueMax === null && /^(?:1[6-9]|20)\d{2}$/.test(c.text.slice(c.mention.start, c.mention.end));

/** The last metric word before a figure (a weak one only across a linking verb). */
function lastMetricBefore(c: MentionContext): { metric: MetricName; start: number; end: number } | null {
  const before = c.text.slice(0, c.mention.start);
  let best: { metric: MetricName; start: number; end: number } | null = null;
  for (const tag of c.tags.metrics) {
    if (tag.end > c.mention.start) break;
    if (tag.weak && !c.lexicon.metrics.weakLink.test(before.slice(tag.end))) continue;
    if (c.mention.usd && metricDefinition(tag.metric).soldiers) continue;
    best = tag;
  }
  return best;
}

/** The metric word of a list label right before the figure ("tanks — 7,834", "РСЗВ ‒ 2009"). */
function labelBefore(c: MentionContext): MetricTag | null {
  const tag = c.tags.metrics.filter((t) => t.end <= c.mention.start && c.mention.start - t.end <= NOUN_REACH).pop();
  return tag && patterns(c.lexicon).labelGap.test(c.text.slice(tag.end, c.mention.start)) ? tag : null;
}

const NOT_A_FIGURE = null;
/** From this size a number in words reads like digits ("losses surpassed one million"): no idiom counts that high. */
const SPELLED_LIKE_DIGITS = 100_000;
const at = (c: MentionContext): Span => ({ start: c.mention.start, end: c.mention.end });

export const METRIC_RULES: ReadonlyArray<Rule<MentionContext, Figure | null>> = [
  rule('metric.bracketedExact', '"almost 300 thousand (299,210) people": the exact figure in brackets after a rounded one counts what that one counts', (c) => {
    const rounded = c.figures[c.figures.length - 1];
    if (!rounded || !/^\s*\($/.test(c.text.slice(rounded.mention.end, c.mention.start)) || !/^\s*\)/.test(c.text.slice(c.mention.end))) return null;
    return { value: { ...rounded, mention: c.mention, partOf: null, partOfBefore: null }, span: rounded.metricSpan };
  }),
  rule('metric.damageCost', '"causing an estimated $7 billion in damage": money that is the cost of what was lost counts all equipment', (c) =>
    c.mention.usd && c.lexicon.metrics.damageAfter.test(c.text.slice(c.mention.end)) ? { value: figure(c, 'equipment', { metricSpan: at(c) }), span: at(c) } : null),
  rule('metric.withinNounPhrase', 'a number inside the noun phrase of the figure before ("Su-25", "20th") is part of it', (c) => {
    const inside = c.figures.some((f) => c.mention.start < f.phraseEnd && c.mention.start >= f.mention.start);
    return inside ? { value: NOT_A_FIGURE, span: at(c) } : null;
  }),
  rule('metric.shareOfGroup', '"eight out of ten of those killed": a share of a group, neither number a count', (c) => {
    const grammar = c.lexicon.grammar;
    const [previous, next] = [c.tags.numbers[c.index - 1], c.tags.numbers[c.index + 1]];
    const part = next && !c.mention.usd && grammar.ofWhole.test(c.text.slice(c.mention.end, next.start)) && grammar.shareOfGroupAfter.test(c.text.slice(next.end));
    const whole = previous && !c.mention.usd && grammar.ofWhole.test(c.text.slice(previous.end, c.mention.start)) && grammar.shareOfGroupAfter.test(c.text.slice(c.mention.end));
    return part || whole ? { value: NOT_A_FIGURE, span: at(c) } : null;
  }),
  rule('metric.partOfWhole', '"76 out of 188 drones": the part counts what the whole does', (c) => {
    const whole = c.tags.numbers[c.index + 1];
    if (!whole || c.mention.usd || !c.lexicon.grammar.ofWhole.test(c.text.slice(c.mention.end, whole.start))) return null;
    const noun = nounAfter(c, whole);
    if (!noun) return null;
    const read = countedByNounAfter(c, noun, false);
    const part = { ...read, phraseEnd: c.mention.end, modifiers: { start: c.mention.end, end: c.mention.end } };
    c.wholes.set(whole, part);
    return { value: part, span: read.metricSpan };
  }),
  rule('metric.wholeAfterPart', '"61 Russian drones out of 90": a whole after its counted part counts what the part does', (c) => {
    const part = c.figures[c.figures.length - 1];
    if (!part || c.mention.usd || part.mention.usd || !c.lexicon.grammar.ofWhole.test(c.text.slice(part.phraseEnd, c.mention.start))) return null;
    // "out of 90 launched drones": a noun of its own must count the same.
    const noun = nounAfter(c, c.mention);
    if (noun && noun.tag.metric !== part.metric && !part.metric.split('+').includes(noun.tag.metric)) return null;
    return { value: figure(c, part.metric, { phraseEnd: noun ? noun.tag.end : c.mention.end, metricSpan: part.metricSpan, partOf: part }), span: part.metricSpan };
  }),
  rule('metric.totalBeforeIncrement', '"9,468 (+12) tanks": the noun after the increment counts the total too', (c) => {
    if (c.mention.spelled) return null;
    const after = c.text.slice(c.mention.end);
    const increment = c.lexicon.grammar.incrementAfter.exec(after);
    if (!increment) return null;
    const noun = nounAhead(c, c.mention.end + increment[0].length, patterns(c.lexicon).gap);
    if (!noun) return null;
    const read = countedByNounAfter(c, noun, false);
    return { value: { ...read, phraseEnd: c.mention.end, listItem: true }, span: read.metricSpan };
  }),
  rule('metric.peopleLostByArmy', '"the Russian army lost 1,550 people", "the casualty rate was 1,271 people", "1,456,610 (+1,190) people": people an army lost are its soldiers', (c) => {
    const after = c.text.slice(c.mention.end);
    // The day's increment may stand between; it stays a figure of its own.
    const increment = c.mention.spelled ? null : c.lexicon.grammar.incrementAfter.exec(after);
    const from = c.mention.end + (increment?.[0].length ?? 0);
    const people = c.lexicon.metrics.peopleAfter.exec(c.text.slice(from));
    const before = c.text.slice(Math.max(0, c.mention.start - 140), c.mention.start);
    if (!people || !(c.lexicon.metrics.armyLostBefore.test(before) || c.lexicon.metrics.lossBeforePeople.test(before))) return null;
    const span = { start: from, end: from + people[0].length };
    return { value: figure(c, 'personnel', { phraseEnd: increment ? c.mention.end : span.end, metricSpan: span }), span };
  }),
  rule('metric.othersOfBefore', '"300 troops were killed and 2,700 others injured": others count what the figure before them counted', (c) => {
    const before = c.figures[c.figures.length - 1];
    if (!before || c.mention.usd || before.mention.usd || !c.lexicon.metrics.othersAfter.test(c.text.slice(c.mention.end))) return null;
    return { value: figure(c, before.metric, { phraseEnd: c.mention.end + c.lexicon.metrics.othersAfter.exec(c.text.slice(c.mention.end))![0].length, metricSpan: before.metricSpan }), span: before.metricSpan };
  }),
  rule('metric.nounAfter', '"1,420 soldiers", "51 artillery pieces", "133 vehicles and fuel tanks": the noun after the figure; an item of a list of figures counts no unnumbered noun after it ("one APC, three motor vehicles and field artillery guns") but "other" ones', (c) => {
    const noun = nounAfter(c, c.mention);
    if (!noun) return null;
    // The figure before, and the last noun before this figure, joined to it as a list joins its items.
    const before = c.figures[c.figures.length - 1];
    const lastNoun = before && c.tags.metrics.filter((t) => t.start >= before.mention.end && t.end <= c.mention.start).pop();
    const listItem = lastNoun !== undefined && c.lexicon.grammar.listJoint.test(c.text.slice(lastNoun.end, c.mention.start));
    const read = countedByNounAfter(c, noun, listItem ? 'other' : true);
    const modifiers = c.text.slice(noun.modifiers.start, noun.modifiers.end);
    const words = c.lexicon.metrics;
    const notCounted =
      // "a" counts a weapon ("and a Russian missile boat"), never people, nor across a verb ("a strike killed").
      (words.articleOne.test(c.text.slice(c.mention.start, c.mention.end)) && (noun.tag.metric === 'personnel' || words.pastVerb.test(modifiers))) ||
      (noun.tag.weak && !plainModifiers(c, noun.modifiers)) ||
      words.notTheMetricAfter.test(c.text.slice(read.metricSpan.end)) ||
      words.ratioAfter.test(c.text.slice(read.phraseEnd)) ||
      (modifiers !== '' && words.otherCountedWord.test(modifiers)) ||
      // "three people were killed and 12 wounded": a bare "wounded" after people counted just before counts them too,
      // unless those people were soldiers ("the dead … reach 200 thousand people, and about 400 thousand wounded").
      (noun.tag.weak && c.figures[c.figures.length - 1]?.metric !== 'personnel' && words.otherCountedWord.test(c.text.slice(Math.max(0, c.mention.start - 60), c.mention.start)));
    return { value: notCounted ? NOT_A_FIGURE : { ...read, partOf: c.wholes.get(c.mention) ?? null }, span: read.metricSpan };
  }),
  rule('metric.nounAheadShared', '"200,000 Russian and 80,000 Ukrainian military fatalities": one noun counts both', (c) => {
    const next = c.tags.numbers[c.index + 1];
    if (!next || c.mention.usd !== next.usd) return null;
    const between = c.lexicon.grammar.sharedNounBetween.exec(c.text.slice(c.mention.end, next.start));
    const noun = between && nounAfter(c, next);
    if (!noun) return null;
    const read = countedByNounAfter(c, noun, false);
    const modifiers = { start: c.mention.end, end: c.mention.end + between[0].length };
    // "five or six soldiers for every Ukrainian soldier": a ratio, for both figures; "six mechanised and two tank battalions" count units, as the second does.
    if (c.lexicon.metrics.ratioAfter.test(c.text.slice(read.metricSpan.end)) || c.lexicon.metrics.notTheMetricAfter.test(c.text.slice(read.metricSpan.end))) return { value: NOT_A_FIGURE, span: read.metricSpan };
    return { value: { ...read, phraseEnd: c.mention.end, modifiers }, span: read.metricSpan };
  }),
  rule('metric.spelledWithoutNoun', 'a number in words counts only with its noun right after it, or thousands with the fate of people ("a quarter of a million had been killed"), or when it is as large as "one million"; a bare year is none, unless a list label stands before it ("РСЗВ ‒ 2009")', (c) =>
    (c.mention.spelled && c.mention.value < SPELLED_LIKE_DIGITS && !(c.mention.value >= 1000 && c.lexicon.metrics.peopleFateAfter.test(c.text.slice(c.mention.end)))) || (isYearLike(c) && !labelBefore(c))
      ? { value: NOT_A_FIGURE, span: at(c) }
      : null),
  rule('metric.increment', '"tanks — 7,834 (+6)": an increment counts what its total counts', (c) => {
    if (!c.mention.increment) return null;
    const total = c.figures[c.figures.length - 1];
    if (!total || total.mention.end > c.mention.start) return { value: NOT_A_FIGURE, span: at(c) };
    return { value: { ...total, mention: c.mention, phraseEnd: c.mention.end, listItem: true, partOf: null, partOfBefore: null }, span: total.metricSpan };
  }),
  rule('metric.partOfBefore', '"690,110 people, including 1,270 over the past day", "74 drones, 53 of which": a part counts what the figure before counts', (c) => {
    const part = c.figures[c.figures.length - 1];
    const words = c.lexicon.grammar;
    const after = c.text.slice(c.mention.end);
    if (!part || c.mention.usd || !(words.partOfBefore.test(c.text.slice(part.phraseEnd, c.mention.start)) || words.partOfAfter.test(after))) return null;
    if (!c.lexicon.metrics.bareAfter.test(c.text.slice(c.mention.end))) return null;
    return { value: figure(c, part.metric, { metricSpan: part.metricSpan, partOfBefore: part }), span: part.metricSpan };
  }),
  rule('metric.casualtiesByFate', '"just under 6,000 had been killed", "600,000 were dead and wounded": a bare figure of people killed', (c) => {
    const fate = c.lexicon.metrics.peopleFateAfter.exec(c.text.slice(c.mention.end));
    if (!fate || c.mention.usd) return null;
    const span = { start: c.mention.end, end: c.mention.end + fate[0].length };
    return { value: figure(c, 'personnel', { metricSpan: span }), span };
  }),
  rule('metric.counterOrFate', '"15,051 units were destroyed", "852 were damaged", "abandoned 1,113 units", "drones … with 17,287 units destroyed": what was counted or named just before', (c) => {
    const after = c.text.slice(c.mention.end);
    const words = c.lexicon.metrics;
    if (c.mention.usd || !(words.counterNoun.test(after) || words.fateAfter.test(after))) return null;
    const before = c.figures[c.figures.length - 1];
    // No figure before it in the sentence: the equipment the sentence names before it (units never
    // count soldiers: "Russian troops abandoned 1,113 units"), else what the sentence before counted.
    const last = before ? null : lastMetricBefore(c);
    const named = last && !metricDefinition(last.metric).soldiers ? last : null;
    const metric = before?.metric ?? named?.metric ?? c.carriedMetric;
    if (!metric) return null;
    const counter = words.counterNoun.exec(after);
    const span = before?.metricSpan ?? (named ? { start: named.start, end: named.end } : at(c));
    return { value: figure(c, metric, { phraseEnd: c.mention.end + (counter?.[0].length ?? 0), carried: true, metricSpan: span }), span };
  }),
  rule('metric.listLabel', '"tanks — 7,834", "| Tanks | 7,834 |": a list label counts its figure, whatever noun follows', (c) => {
    const tag = labelBefore(c);
    if (!tag) return null;
    return { value: figure(c, tag.metric, { metricBefore: tag.start, listItem: true, metricSpan: tag }), span: tag };
  }),
  rule('metric.respectively', '"destroyed four tanks and artillery systems each, raising the totals to 5,439 and 7,748, respectively": bare figures count the nouns named before them, in order', (c) => {
    if (c.mention.usd || nounAfter(c, c.mention)) return null;
    // The run of bare figures joined as a list that this one belongs to, ended by "respectively".
    const numbers = c.tags.numbers;
    const joined = (i: number) => c.lexicon.grammar.listJoint.test(c.text.slice(numbers[i]!.end, numbers[i + 1]!.start));
    let first = c.index;
    while (first > 0 && joined(first - 1)) first--;
    let last = c.index;
    while (last < numbers.length - 1 && joined(last)) last++;
    if (last === first || !new RegExp(`^${c.lexicon.grammar.respectively.source}`, c.lexicon.grammar.respectively.flags).test(c.text.slice(numbers[last]!.end))) return null;
    const nouns = c.tags.metrics.filter((t) => !t.weak && t.end <= numbers[first]!.start).slice(first - last - 1);
    if (nouns.length !== last - first + 1) return null;
    const noun = nouns[c.index - first]!;
    return { value: figure(c, noun.metric, { metricSpan: noun }), span: noun };
  }),
  rule('metric.nounBefore', '"bringing the total to 690,000", "losses amounted to 431": a bare figure counts the metric named before it, not after people counted ("killed four civilians, and 13 more were wounded")', (c) => {
    const tag = lastMetricBefore(c);
    if (!tag) return null;
    const after = c.text.slice(c.mention.end);
    const words = c.lexicon.metrics;
    // A figure with a noun of its own does not take a metric named before it: not an earlier
    // figure's ("1,005 air defense systems, 369 gliders"), nor any for people and places.
    const borrowed = c.figures.some((f) => tag.start < f.phraseEnd && tag.start >= f.mention.start);
    const previous = c.tags.numbers[c.index - 1];
    const countsOthers =
      !words.bareAfter.test(after) ||
      borrowed && !words.bareAfter.test(after) ||
      words.otherCountedAfter.test(after) ||
      words.otherCountedBefore.test(c.text.slice(Math.max(0, c.mention.start - 60), c.mention.start)) ||
      // "three people were killed and 12 wounded", "killed four civilians, and 13 more were wounded": a bare
      // figure after people counted goes on counting them.
      (previous !== undefined && words.otherCountedAfter.test(c.text.slice(previous.end)));
    if (countsOthers) return { value: NOT_A_FIGURE, span: at(c) };
    return { value: figure(c, tag.metric, { metricBefore: tag.start, metricSpan: tag }), span: tag };
  }),
  rule('metric.ellipsis', '"… lost about 1 million people, and during the Kursk adventure — 40 thousand": a bare figure counts what the figure before it did', (c) => {
    const before = c.figures[c.figures.length - 1];
    if (!before || c.mention.usd || before.mention.usd || !/^\s*(?:[.;,)]|$)/.test(c.text.slice(c.mention.end))) return null;
    if (!DASH_THEN_WORDS.test(c.text.slice(before.phraseEnd, c.mention.start))) return null;
    return { value: figure(c, before.metric, { metricSpan: before.metricSpan }), span: before.metricSpan };
  }),
  rule('metric.money', 'money with no noun ("pledged a further $425 million") may be an aid package: its kind decides', (c) =>
    c.mention.usd ? { value: figure(c, 'aid', { metricSpan: at(c) }), span: at(c) } : null),
  rule('metric.refersBack', '"The previous record of 2,030 …": a bare figure that refers back counts what the sentence before counted', (c) => {
    if (!c.carriedMetric || !c.lexicon.grammar.refersBack.test(c.text) || !c.lexicon.metrics.bareAfter.test(c.text.slice(c.mention.end))) return null;
    return { value: figure(c, c.carriedMetric, { carried: true, metricSpan: at(c) }), span: at(c) };
  }),
];

/** "303 fighters, 289 helicopters": a word whose sense the list around it decides (the figure is refined in place). */
export function senseInList(figure: Figure, list: Figure[], text: string, lexicon: Lexicon): void {
  const word = text.slice(figure.metricSpan.start, figure.metricSpan.end);
  for (const sense of lexicon.metrics.sensesInLists) {
    if (!sense.word.test(word)) continue;
    if (list.some((other) => other !== figure && sense.listedWith.some((m) => other.metric === m))) Object.assign(figure, { metric: sense.metric, metricRule: 'metric.senseInList' });
  }
}
