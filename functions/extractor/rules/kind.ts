// Rules: what a figure is about — a loss, aid, a deployment or something else — or no claim at all.
import type { ClaimKind } from '../../core/claim.js';
import { metricDefinition, type MetricName } from '../../core/metrics.js';
import type { Figure, KindCue, Span } from '../model.js';
import { inSentence, perSentence, type SentenceContext } from './context.js';
import { rule, type Rule } from './registry.js';

export interface KindContext extends SentenceContext {
  figure: Figure;
  /** The kind of the first figure of its list, when it is not that figure ("destroyed five launchers and 33 howitzers"). */
  listKind: ClaimKind | null;
}

const at = (c: KindContext): Span => ({ start: c.figure.mention.start, end: c.figure.mention.end });
/** Whether a metric (or each of a combined one's) counts soldiers; a metric's answer is read once (the kind rules ask for every figure). */
const soldierMetrics = new Map<string, boolean>();
const isSoldiers = (metric: string): boolean => {
  let soldiers = soldierMetrics.get(metric);
  if (soldiers === undefined) soldierMetrics.set(metric, (soldiers = metric.split('+').every((m) => metricDefinition(m as MetricName)?.soldiers)));
  return soldiers;
};

const cueCache = perSentence<Figure, KindCue | null>();
/** The kind cue nearest the figure, on either side. */
const nearestCue = (c: KindContext): KindCue | null => cueCache(c, c.figure, () => findNearestCue(c));
function findNearestCue(c: KindContext): KindCue | null {
  let best: { cue: KindCue; distance: number } | null = null;
  const { start, end } = c.figure.mention;
  for (const cue of c.tags.kinds) {
    // "since launching its full-scale invasion": a word of a time expression cues no kind.
    if (c.tags.times.some((t) => !t.weak && !t.forward && cue.start >= t.start && cue.end <= t.end)) continue;
    const distance = cue.start >= end ? cue.start - end : Math.max(0, start - cue.end);
    if (!best || distance < best.distance) best = { cue, distance };
  }
  return best?.cue ?? null;
}

const recipientAfter = (c: KindContext): RegExpExecArray | null => c.lexicon.kinds.recipient.exec(c.text.slice(c.figure.phraseEnd));

/** `null`: the figure is no claim. */
export const KIND_RULES: ReadonlyArray<Rule<KindContext, ClaimKind | null>> = [
  rule('kind.caption', '"The bodies of two Russian soldiers lie in a field. (Name/Agency via Getty Images)": a photo\'s caption shows a scene, it claims no figure', (c) => (c.sentence.caption ? { value: null, span: at(c) } : null)),
  rule('kind.wholeOfPart', 'the whole in "six of seven missiles" did not happen as a loss: other', (c) => (c.figure.partOf ? { value: 'other', span: at(c) } : null)),
  rule('kind.forecast', '"casualties will likely remain above 1,000 a day", "predicts 500,000 deaths", "if they take another million casualties", "1 million dead, which could be expected by 2025": a loss foretold or supposed is no claim', (c) => {
    const before = c.text.slice(Math.max(0, c.figure.mention.start - 100), c.figure.mention.start);
    const cue = nearestCue(c);
    const words = c.lexicon.kinds;
    return (!cue || cue.kind === 'loss') && (words.forecastBefore.test(before) || words.forecastAfter.test(c.text.slice(c.figure.phraseEnd))) ? { value: null, span: at(c) } : null;
  }),
  rule('kind.difference', '"an increase of nearly 300 soldiers compared to 2022": the difference between two counts is no claim', (c) => {
    const words = c.lexicon.kinds;
    const before = c.text.slice(Math.max(0, c.figure.mention.start - 60), c.figure.mention.start);
    return words.differenceBefore.test(before) && words.differenceAfter.test(c.text.slice(c.figure.phraseEnd)) ? { value: null, span: at(c) } : null;
  }),
  rule('kind.inventory', '"Russia started the war with around 3,000 tanks", "about 4,000 tanks in reserve": a side\'s stock is no loss, and no claim', (c) => {
    const before = c.text.slice(Math.max(0, c.figure.mention.start - 120), c.figure.mention.start);
    const words = c.lexicon.kinds;
    return words.inventoryBefore.test(before) || words.inventoryAfter.test(c.text.slice(c.figure.phraseEnd)) ? { value: null, span: at(c) } : null;
  }),
  rule('kind.otherWar', '"over 15,000 Soviet troops were killed in Afghanistan", "the USSR\'s intervention in Afghanistan, which saw about 15,000 casualties": a figure of another war, named in its clause or since the figure before, is no claim', (c) => {
    const { start, end } = c.figure.mention;
    const previous = c.figures.filter((f) => f.phraseEnd <= start).pop()?.phraseEnd ?? 0;
    const from = Math.min(previous, c.tags.breaks.filter((b) => b.end <= start).pop()?.end ?? 0);
    const to = c.tags.breaks.find((b) => b.start >= end)?.start ?? c.text.length;
    const m = c.lexicon.kinds.otherWar.exec(c.text.slice(from, to));
    if (!m) return null;
    const span = { start: from + m.index, end: from + m.index + m[0].length };
    // "Moscow … lost just over 6,000 troops, … the Soviet losses in the Afghanistan war of 15,000": a war named after the figure, nearer the next one, is that one's.
    const next = c.tags.numbers.find((n) => n.start >= end);
    if (span.start >= end && next && next.start >= span.end && next.start - span.end < span.start - end) return null;
    // "200,000 after 11 months of war, 8 times more than American soldiers in two decades in Afghanistan": that war is compared with, not this figure's.
    if (span.start >= end && c.lexicon.kinds.comparedWith.test(c.text.slice(end, span.start))) return null;
    return { value: null, span };
  }),
  rule('kind.sharedInList', '"destroyed five launch systems and 33 howitzers": a list shares the verb of its first figure', (c) =>
    c.listKind ? { value: c.listKind, span: at(c) } : null),
  rule('kind.aidNoun', '"a $400 million aid package": money named as aid', (c) =>
    c.figure.metric === 'aid' && (c.figure.metricBefore !== null || c.figure.phraseEnd > c.figure.mention.end) ? { value: 'aid', span: c.figure.metricSpan } : null),
  rule('kind.moneySent', '"$500m worth of interceptors" sent or pledged: money given is aid, whatever it buys', (c) => {
    const cue = nearestCue(c);
    return c.figure.mention.usd && (cue?.kind === 'deployment' || cue?.kind === 'aid') ? { value: 'aid', span: cue } : null;
  }),
  rule('kind.weaponsSentToRecipient', '"will send six jets to Ukraine": weapons sent to a named country are aid', (c) => {
    const cue = nearestCue(c);
    const recipient = recipientAfter(c);
    return cue?.kind === 'deployment' && !isSoldiers(c.figure.metric) && recipient ? { value: 'aid', span: { start: c.figure.phraseEnd + recipient.index, end: c.figure.phraseEnd + recipient.index + recipient[0].length } } : null;
  }),
  rule('kind.weaponsSentBeforeRecipient', '"the Pentagon has sent Kyiv more than 230 howitzers": weapons a country is sent are aid', (c) => {
    if (isSoldiers(c.figure.metric)) return null;
    const from = Math.max(0, c.figure.mention.start - 60);
    const m = c.lexicon.kinds.recipientBefore.exec(c.text.slice(from, c.figure.mention.start));
    return m ? { value: 'aid', span: { start: from + m.index, end: c.figure.mention.start } } : null;
  }),
  rule('kind.weaponsSentAfterAid', '"The Pentagon announced $450 million in aid. … will send four more HIMARS": weapons sent right after an aid package are aid', (c) => {
    const cue = nearestCue(c);
    return cue?.kind === 'deployment' && !isSoldiers(c.figure.metric) && !c.figure.mention.usd && c.discourse.kind === 'aid' ? { value: 'aid', span: cue } : null;
  }),
  rule('kind.soldiersAreNotAid', '"provided 11,000 troops to Russia" deploys them; "received the bodies of 563 soldiers" is no claim', (c) => {
    const cue = nearestCue(c);
    if (cue?.kind !== 'aid' || !isSoldiers(c.figure.metric)) return null;
    return { value: recipientAfter(c) ? 'deployment' : null, span: cue };
  }),
  rule('kind.fateOfPlaced', '"100 soldiers stationed in Russia were killed", "the number of killed and injured soldiers fighting alongside Russia has surpassed 3,000": where they were sent only says who they are; the loss is what befell them', (c) => {
    if (!isSoldiers(c.figure.metric)) return null;
    const m = c.lexicon.kinds.placedThenFate.exec(c.text.slice(c.figure.phraseEnd));
    if (m) return { value: 'loss', span: { start: c.figure.phraseEnd, end: c.figure.phraseEnd + m[0].length } };
    const from = Math.max(0, c.figure.mention.start - 200);
    const count = c.lexicon.kinds.fateCountBefore.exec(c.text.slice(from, c.figure.mention.start));
    return count ? { value: 'loss', span: { start: from + count.index, end: c.figure.mention.start } } : null;
  }),
  rule('kind.fateOfPart', '"67 drones, 58 of which it was able to shoot down": a part named by a relative clause takes the fate that clause gives it', (c) => {
    const after = c.figure.mention.end;
    if (!c.lexicon.kinds.partOfWhichAfter.test(c.text.slice(after))) return null;
    const clauseEnd = c.tags.breaks.find((b) => b.start >= after)?.start ?? c.text.length;
    const cue = c.tags.kinds.find((k) => k.start >= after && k.end <= clauseEnd);
    return cue ? { value: cue.kind, span: cue } : null;
  }),
  rule('kind.launchedSaysWhich', '"shot down three missiles and 25 drones fired by Russia": a launch participle right after the noun says which weapons; the verb of downing before them, in the same clause, says their fate', (c) => {
    const cue = nearestCue(c);
    if (cue?.kind !== 'other' || cue.start < c.figure.phraseEnd || !c.lexicon.kinds.launchedAfterNoun.test(c.text.slice(c.figure.phraseEnd))) return null;
    const fate = c.tags.kinds.filter((k) => k.kind === 'loss' && k.end <= c.figure.mention.start).pop();
    const broken = fate && c.tags.breaks.some((b) => b.start >= fate.end && b.end <= c.figure.mention.start);
    return fate && !broken ? { value: 'loss', span: fate } : null;
  }),
  rule('kind.nearestCue', '"lost", "destroyed", "pledged", "deployed", "launched": the cue nearest the figure', (c) => {
    const cue = nearestCue(c);
    return cue ? { value: cue.kind, span: cue } : null;
  }),
  rule('kind.packageContents', '"Those include … 150 Humvees" after a package: its contents are aid', (c) => {
    const m = inSentence(c, c.lexicon.kinds.packageContents);
    return m && c.discourse.kind === 'aid' ? { value: 'aid', span: { start: m.index, end: m.index + m[0].length } } : null;
  }),
  rule('kind.troopsPlaced', '"the number of North Korean troops in Russia", "troops near the border": a deployment', (c) => {
    const m = inSentence(c, c.lexicon.kinds.weakDeployment);
    return m ? { value: 'deployment', span: { start: m.index, end: m.index + m[0].length } } : null;
  }),
  rule('kind.lossNoun', '"1,200 casualties", a list line, a figure that refers back to losses: a loss by its noun', (c) => {
    const noun = c.text.slice(c.figure.mention.end, c.figure.phraseEnd).trim().split(/\s+/).pop() ?? '';
    return c.lexicon.metrics.lossWords.test(noun) || c.figure.listItem || c.figure.carried ? { value: 'loss', span: c.figure.metricSpan } : null;
  }),
  rule('kind.lossesGoOn', '"The numbers include: 10,430 tanks", or "By month:" then "- July: 33,000 soldiers", after losses: no cue of its own, the losses go on', (c) => {
    if (c.discourse.kind !== 'loss') return null;
    const leadIn = c.sentence.leadInEnd;
    if (leadIn !== undefined && c.figure.mention.start >= leadIn) return { value: 'loss', span: { start: 0, end: leadIn } };
    // "Of these, 40 …", "another 16": the words that carry the losses on stand before the figure ("one drone entered …, and another returned" carries none).
    const m = inSentence(c, c.lexicon.grammar.continues);
    return m && m.index < c.figure.mention.start ? { value: 'loss', span: { start: m.index, end: m.index + m[0].length } } : null;
  }),
];

/** What a figure of a kind counts in the end: soldiers deployed or raised are troops; nonsense pairs are no claim. */
export function finalMetric(figure: Figure, kind: ClaimKind): string | null {
  let metric = figure.mention.usd && kind === 'aid' ? 'aid' : figure.metric;
  // Soldiers deployed, recruited or serving are troops, not losses.
  if ((kind === 'deployment' || kind === 'other') && isSoldiers(metric)) metric = 'troops';
  // "7,600 weapons" lost are equipment counted one by one, not an aid package.
  if (figure.metric === 'aid' && !figure.mention.usd && kind === 'loss') return 'equipment';
  // Money never counts soldiers, and an aid package is counted in money only.
  if (figure.mention.usd ? metric === 'personnel' || metric === 'troops' : metric === 'aid') return null;
  if (figure.metric === 'aid' && kind !== 'aid') return null;
  return metric;
}
