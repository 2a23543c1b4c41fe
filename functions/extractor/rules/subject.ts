// Rules: whose figure it is — the side that lost the troops or equipment, the recipient of aid,
// the country whose troops deploy — whoever says so.
import { adversaryOfGroup, BELLIGERENTS, opponentOf, sideOfGroup } from '../../core/sides.js';
import type { Lexicon } from '../lang/lexicon.js';
import type { SideTag, Span } from '../model.js';
import { inSentence, perSentence, type FigureContext } from './context.js';
import { rule, type Production, type Rule } from './registry.js';

/** Whose figure: a side, none, or each of several ("100,000 troops on each side"). */
export type SubjectValue = string | null | { each: readonly string[] };

export interface SubjectContext extends FigureContext {
  /** Subjects decided for the sentence's earlier figures. */
  earlier: Map<object, SubjectValue>;
  /** The sides of the sentence's text as written, claimants included. */
  allSides: SideTag[];
}

/** The loss cue nearest the figure. */
function nearestLossCue(c: SubjectContext): Span | null {
  let best: { cue: Span; distance: number } | null = null;
  for (const cue of c.tags.kinds) {
    if (cue.kind !== 'loss') continue;
    const distance = cue.start >= c.figure.mention.end ? cue.start - c.figure.mention.end : c.figure.mention.start - cue.end;
    if (distance >= 0 && (!best || distance < best.distance)) best = { cue, distance };
  }
  return best?.cue ?? null;
}

const at = (c: SubjectContext): Span => ({ start: c.figure.mention.start, end: c.figure.mention.end });
const sideIn = (sides: SideTag[], from: number, to: number): SideTag[] => sides.filter((s) => s.start >= from && s.end <= to);
const of = (tag: SideTag): Production<SubjectValue> => ({ value: tag.side, span: tag });
const actors = (sides: SideTag[]) => sides.filter((s) => !s.place);
/** A dash and at most two words between a side and its figure (compiled once: the bundle builds a pattern with \p{…} anew wherever it stands). */
const DASH_BEFORE_FIGURE = /^\s*[—–-]\s*(?:\p{L}+\s+){0,2}$/u;
/** The last side in the figure's clause that the words after it make the actor: "Russia lost", "Pyongyang sent". */
const sideActingBefore = (c: SubjectContext, after: RegExp) =>
  actors(sideIn(c.sides, clauseStart(c), c.figure.mention.start)).filter((s) => after.test(c.sideText.slice(s.end))).pop();

/**
 * Where the figure's clause starts: after the last ";", ":" or contrasting ", while" before it. A colon
 * right after a verb of inflicting opens that verb's objects, no clause of their own ("the Russian forces
 * have destroyed: 418 aircraft, 230 helicopters"), and one right after a figure opens its breakdown
 * ("1,100 units of equipment: about 130 tanks").
 */
const clauseStartCache = perSentence<object, number>();
const clauseStart = (c: SubjectContext) => clauseStartCache(c, c.figure, () => findClauseStart(c));
function findClauseStart(c: SubjectContext): number {
  const start = c.figure.mention.start;
  const text = c.sideText;
  let colon = text.lastIndexOf(':', start);
  const opensList = (at: number) => verbBeforeColon(c.lexicon).test(text.slice(Math.max(0, at - 40), at)) || c.figures.some((f) => f.phraseEnd <= at && text.slice(f.phraseEnd, at).trim() === '');
  if (colon > 0 && opensList(colon)) colon = text.lastIndexOf(':', colon - 1);
  let from = Math.max(0, text.lastIndexOf(';', start) + 1, colon + 1);
  c.lexicon.sides.contrast.lastIndex = 0;
  for (const m of text.slice(0, start).matchAll(c.lexicon.sides.contrast)) from = Math.max(from, m.index + m[0].length);
  return from;
}

/** A verb of inflicting that ends the text before a colon. */
const verbsBeforeColon = new WeakMap<Lexicon, RegExp>();
function verbBeforeColon(lexicon: Lexicon): RegExp {
  let found = verbsBeforeColon.get(lexicon);
  if (!found) verbsBeforeColon.set(lexicon, (found = new RegExp(`(?:${lexicon.sides.inflictingVerb.source})\\s*$`, lexicon.sides.inflictingVerb.flags)));
  return found;
}

/** The agent of a passive verb of inflicting, right before a side: "were captured by (Ukrainian defenders)". */
const passiveAgents = new WeakMap<Lexicon, RegExp>();
function passiveAgent(lexicon: Lexicon): RegExp {
  let found = passiveAgents.get(lexicon);
  if (!found) passiveAgents.set(lexicon, (found = new RegExp(`${lexicon.sides.passiveInflicted.source}\\s+by\\s+(?:the\\s+)?$`, lexicon.sides.passiveInflicted.flags)));
  return found;
}

export const SUBJECT_RULES: ReadonlyArray<Rule<SubjectContext, SubjectValue>> = [
  rule('subject.aidRecipient', '"$400 million to Ukraine": aid goes to the country named after it, else Ukraine', (c) => {
    if (c.kind !== 'aid') return null;
    const m = c.lexicon.kinds.recipient.exec(c.text.slice(c.figure.mention.end));
    if (!m) return { value: c.lexicon.sides.defaultAidRecipient, span: at(c) };
    const start = c.figure.mention.end + m.index;
    return { value: m[1]!, span: { start, end: start + m[0].length } };
  }),
  rule('subject.sharedWithWhole', '"76 out of 188 drones", "1,000, including 300 killed": a part is the same side\'s as its whole', (c) => {
    const whole = c.figure.partOf ?? c.figure.partOfBefore;
    return whole && c.earlier.has(whole) ? { value: c.earlier.get(whole)!, span: at(c) } : null;
  }),
  rule('subject.sameFateAsBefore', '"2,500 servicemen have been killed and about 10,000 were wounded", "one Russian ship has sunk and two others are on fire": a figure counted by its fate alone, or as others, with no side between it and the figure before, is that side\'s', (c) => {
    if (c.figure.metricRule !== 'metric.casualtiesByFate' && c.figure.metricRule !== 'metric.othersOfBefore') return null;
    const before = c.figures[c.figures.indexOf(c.figure) - 1];
    if (!before || !c.earlier.has(before) || actors(sideIn(c.sides, before.phraseEnd, c.figure.mention.start)).length > 0) return null;
    return { value: c.earlier.get(before)!, span: { start: before.mention.start, end: c.figure.mention.end } };
  }),
  rule('subject.ofIts', '"57,500 of its soldiers": the side named last before the figure, not a place ("lost in Ukraine 1,440 of its soldiers")', (c) => {
    if (!c.lexicon.sides.ofItsAfter.test(c.text.slice(c.figure.mention.end))) return null;
    const before = actors(sideIn(c.allSides, 0, c.figure.mention.start)).pop();
    return before ? of(before) : null;
  }),
  rule('subject.nounNamesSide', '"11,000 North Koreans", "80,000 Ukrainians": the counted noun names the side', (c) => {
    const noun = c.allSides.find((s) => s.start >= c.figure.metricSpan.start && s.end <= c.figure.metricSpan.end);
    return noun && c.figure.metricBefore === null ? { value: noun.side, span: c.figure.metricSpan } : null;
  }),
  rule('subject.modifier', '"1,200 Russian soldiers", "two Ukrainian Su-25 aircraft": the side among the figure\'s own words', (c) => {
    const tag = sideIn(c.allSides, c.figure.modifiers.start, c.figure.modifiers.end)[0];
    return tag ? of(tag) : null;
  }),
  rule('subject.ownerAfterNoun', '"483 UAVs of the Ukrainian Armed Forces", troops deployed "from North Korea": the side the noun phrase belongs to', (c) => {
    const after = c.text.slice(c.figure.phraseEnd);
    const m = /^\s+(?:of|belonging to)\s+(?:the\s+)?/i.exec(after) ?? (c.kind === 'deployment' ? c.lexicon.sides.fromSenderAfterNoun.exec(after) : null);
    if (!m) return null;
    const tag = c.allSides.find((s) => s.start === c.figure.phraseEnd + m[0].length);
    return tag ? of(tag) : null;
  }),
  rule('subject.sideBeforeDash', '"Russia had lost 600,000 soldiers, and Ukraine – 400,000": a side named right before a dash and its figure is the figure\'s', (c) => {
    const side = actors(c.sides).filter((s) => s.end <= c.figure.mention.start && DASH_BEFORE_FIGURE.test(c.sideText.slice(s.end, c.figure.mention.start))).pop();
    return side ? of(side) : null;
  }),
  rule('subject.eachSide', '"more than 100,000 troops on each side killed or wounded": one figure for each belligerent, with no other figure between ("losses exceeded one million, …, with both sides sustaining about 400,000 wounded" is for the 400,000)', (c) => {
    const m = c.kind === 'loss' ? inSentence(c, c.lexicon.sides.eachSide) : null;
    const [from, to] = m && m.index < c.figure.mention.start ? [m.index, c.figure.mention.start] : [c.figure.mention.end, m?.index ?? 0];
    return m && !c.tags.numbers.some((n) => n.start >= from && n.end <= to) ? { value: { each: BELLIGERENTS.map((b) => b.side) }, span: { start: m.index, end: m.index + m[0].length } } : null;
  }),
  rule('subject.bothSides', '"killed or wounded on both sides", "Ukrainian and Russian personnel": a figure for both belligerents belongs to neither', (c) => {
    const m = inSentence(c, c.lexicon.sides.bothSides);
    const before = m && m.index < c.figure.mention.start && m.index >= clauseStart(c);
    const after = m && m.index >= c.figure.mention.end && actors(sideIn(c.sides, clauseStart(c), c.figure.mention.start)).length === 0;
    return m && (before || after) ? { value: null, span: { start: m.index, end: m.index + m[0].length } } : null;
  }),
  rule('subject.onSide', '"50,000 were killed on the Ukrainian side", "on the Russian side, 20,000 died": the side its clause names as the side of the fighting', (c) => {
    const from = clauseStart(c);
    const to = c.tags.breaks.find((b) => b.start >= c.figure.phraseEnd)?.start ?? c.text.length;
    const { before, after } = c.lexicon.sides.onSide;
    const tag = sideIn(c.allSides, from, to).find((s) => before.test(c.text.slice(from, s.start)) && after.test(c.text.slice(s.end, to)));
    return tag ? of(tag) : null;
  }),
  rule('subject.sideOfMetricWord', '"Russian losses amounted to 1,354", "losses of the Russian army reached 690,000": the side of the metric word before the figure', (c) => {
    const from = clauseStart(c);
    // The metric word the figure read before it, else the last one in its clause that no other figure counts;
    // a figure with its own noun after it takes only a loss noun before it ("Russian losses: 1,200
    // soldiers"), not another phrase's troops ("Russian troops advanced, and Ukraine lost 495 soldiers").
    // A metric word that acts ("Ukraine's air defence destroys 28 drones") names the other side's forces.
    const lossWord = (t: Span) => c.lexicon.metrics.lossWords.test(c.text.slice(t.start, t.end));
    const ownNoun = c.figure.metricSpan.start >= c.figure.mention.end && !lossWord(c.figure.metricSpan);
    const free = c.tags.metrics.filter((t) => t.start >= from && t.end <= c.figure.mention.start && !c.figures.some((f) => t.start >= f.mention.start && t.start < f.phraseEnd)
      && (!ownNoun || lossWord(t)) && !c.lexicon.sides.inflictingVerb.test(c.sideText.slice(t.end, c.figure.mention.start)));
    const before = c.figure.metricBefore ?? free.pop()?.start ?? null;
    if (before === null) return null;
    const adjective = actors(sideIn(c.sides, Math.max(0, before - 25), before)).filter((s) => !c.lexicon.sides.notOwnerBetween.test(c.sideText.slice(s.end, before))).pop();
    if (adjective) return of(adjective);
    const owner = sideIn(c.sides, before, Math.min(c.figure.mention.start, before + 60))[0];
    return owner && c.lexicon.sides.ownerAfterMetric.test(c.sideText.slice(before, owner.start)) ? of(owner) : null;
  }),
  rule('subject.unnamedArmedForces', '"the losses of the Armed Forces exceeded 560 thousand" in a translated report: no country named, the Armed Forces of Ukraine', (c) => {
    if (c.kind !== 'loss') return null;
    const from = Math.max(clauseStart(c), c.figure.mention.start - 80);
    const m = c.lexicon.sides.unnamedArmedForces.owner.exec(c.text.slice(from, c.figure.mention.start));
    return m ? { value: c.lexicon.sides.unnamedArmedForces.side, span: { start: from + m.index, end: c.figure.mention.start } } : null;
  }),
  rule('subject.inflictingForces', '"Ukraine\'s defense forces eliminated 1,370 occupiers", "Kyiv said its forces destroyed …": the other side\'s loss, unless a side named after them lost it ("…, and Kiev lost 370 soldiers")', (c) => {
    if (c.kind !== 'loss') return null;
    const from = clauseStart(c);
    const clause = c.sideText.slice(from, c.figure.mention.start);
    const acting = c.lexicon.sides.inflictingVerb.test(clause) ? c.lexicon.sides.forcesActing.exec(clause) : null;
    if (!acting) return null;
    const sideStart = from + acting.index;
    const sideEnd = sideStart + acting[1]!.length;
    // "Some 140 invaders destroyed, 232 wounded": a figure and its participle, no one acting; nor
    // "the number of Ukrainian military personnel killed … is estimated at": a participle, its verb after it.
    if (c.figures.some((f) => f.mention.start >= sideStart && f.mention.start < sideEnd)) return null;
    const between = c.sideText.slice(from + acting.index + acting[0].length, c.figure.mention.start);
    if (c.lexicon.sides.copula.test(between) || c.lexicon.sides.lostInTurn.test(between)) return null;
    // "Battlegroup Zapad defeated seven Ukrainian brigades …, and Kiev lost up to 370 soldiers": a side
    // that lost, named after the forces acting, is the figure's own.
    if ((sideActingBefore(c, c.lexicon.sides.loserAfter)?.start ?? -1) >= from + acting.index + acting[0].length) return null;
    // The side named nearest the forces: "the Ukrainian Air Force and defence forces destroyed".
    const named = actors(sideIn(c.sides, sideStart, sideEnd)).pop();
    const own = c.lexicon.sides.claimantsOwn.test(acting[1]!) ? sideOfGroup(c.claimant.value?.group ?? null) : null;
    const actor = named?.side ?? own;
    const loser = actor ? opponentOf(actor) : null;
    return loser ? { value: loser, span: { start: sideStart, end: from + acting.index + acting[0].length } } : null;
  }),
  rule('subject.passiveByAgent', '"40 drones were shot down by Russian air defences": the other side\'s loss', (c) => {
    if (c.kind !== 'loss') return null;
    const after = c.sideText.slice(c.figure.phraseEnd);
    const verb = c.lexicon.sides.passiveInflicted.exec(after.slice(0, 40));
    if (!verb) return null;
    // The agent after the verb: "aircraft operated by Kiev were destroyed by the Russian Aerospace Forces".
    const from = verb.index + verb[0].length;
    const by = c.lexicon.sides.byAgent.exec(after.slice(from));
    if (!by) return null;
    const start = c.figure.phraseEnd + from + by.index + by[0].length - by[1]!.length;
    const agent = actors(sideIn(c.sides, start, start + by[1]!.length))[0];
    const loser = agent ? opponentOf(agent.side) : null;
    return loser ? { value: loser, span: agent! } : null;
  }),
  rule('subject.loser', '"Russia lost", "Ukrainian forces have suffered": the side that lost, not the first named', (c) => {
    const loser = sideActingBefore(c, c.lexicon.sides.loserAfter);
    return loser ? of(loser) : null;
  }),
  rule('subject.claimantsOwnForcesLost', '"the Wagner chief says his force has lost more than 20,000 fighters": the claimant\'s own side lost them', (c) => {
    const own = sideOfGroup(c.claimant.value?.group ?? null);
    const m = own ? c.lexicon.sides.ownForcesLost.exec(c.text.slice(clauseStart(c), c.figure.mention.start)) : null;
    return m ? { value: own!, span: { start: clauseStart(c) + m.index, end: clauseStart(c) + m.index + m[0].length } } : null;
  }),
  rule('subject.sender', '"Pyongyang sent more than 10,000 troops": deployed troops are the sending side\'s, not the side of whoever reports it', (c) => {
    if (c.kind !== 'deployment') return null;
    const sender = sideActingBefore(c, c.lexicon.sides.senderAfter);
    return sender ? of(sender) : null;
  }),
  rule('subject.passiveOnAdversary', '"Kyiv said 40 drones were downed": done to the claimant\'s adversary', (c) => {
    if (c.kind !== 'loss' || actors(sideIn(c.sides, clauseStart(c), c.figure.mention.start)).length > 0) return null;
    const adversary = adversaryOfGroup(c.claimant.value?.group ?? null);
    return adversary && c.lexicon.sides.passiveInflicted.test(c.sideText.slice(c.figure.phraseEnd, c.figure.phraseEnd + 40)) ? { value: adversary, span: at(c) } : null;
  }),
  rule('subject.actorsOpponent', '"As a result of the actions of Russian troops, the enemy lost up to 130 servicemen": the side that acted lost nothing; its opponent did', (c) => {
    if (c.kind !== 'loss') return null;
    const named = actors(sideIn(c.sides, clauseStart(c), c.figure.mention.start));
    const acting = named[0] && c.lexicon.sides.actingAgentBefore.test(c.sideText.slice(Math.max(0, named[0].start - 60), named[0].start)) ? named[0] : null;
    const loser = acting && named.every((s) => s.side === acting.side) ? opponentOf(acting.side) : null;
    return loser ? { value: loser, span: acting! } : null;
  }),
  rule('subject.sideInClause', '"Ukraine war latest: Russia loses 1,530 troops": the side the figure\'s clause names first, not one named as the agent of another figure ("544 were captured by Ukrainian defenders, 79 were damaged")', (c) => {
    const agent = passiveAgent(c.lexicon);
    const named = (from: number) => actors(sideIn(c.sides, from, c.figure.mention.start)).filter((s) => !agent.test(c.sideText.slice(Math.max(0, s.start - 40), s.start)));
    const tag = named(clauseStart(c))[0] ?? named(0)[0];
    return tag ? of(tag) : null;
  }),
  rule('subject.adversary', '"the enemy", "the invaders": the claimant\'s adversary', (c) => {
    const word = c.tags.adversaries[0];
    const adversary = word ? adversaryOfGroup(c.claimant.value?.group ?? null) : null;
    return adversary ? { value: adversary, span: word! } : null;
  }),
  rule('subject.claimantsOwnCasualties', '"Shoigu said 5,937 troops had been killed": a claimant speaks of its own side\'s dead and wounded', (c) => {
    // A claimant only in force from the sentences before speaks of no one's dead of its own: "Other losses were claimed in the 'South' (275 killed)".
    if (c.kind !== 'loss' || c.figure.metric !== 'personnel' || c.claimant.rule === 'source.inForce') return null;
    const own = sideOfGroup(c.claimant.value?.group ?? null);
    const cue = nearestLossCue(c);
    return own && cue && c.lexicon.sides.ownCasualtyCue.test(c.text.slice(cue.start, cue.end)) ? { value: own, span: cue } : null;
  }),
  rule('subject.sideAfter', '"… 1,000 casualties that Russian forces suffered": the side named after the figure, in its clause', (c) => {
    const clauseEnd = c.tags.breaks.find((b) => b.start >= c.figure.phraseEnd)?.start ?? c.text.length;
    const tag = actors(sideIn(c.sides, c.figure.mention.end, clauseEnd))[0];
    return tag ? of(tag) : null;
  }),
  rule('subject.claimantsOwnForces', '"1,200 servicemen are recruited daily", said a defence minister: his own side\'s troops', (c) => {
    if (c.kind !== 'other' && c.kind !== 'deployment') return null;
    const own = sideOfGroup(c.claimant.value?.group ?? null);
    return own && c.figure.metric === 'personnel' ? { value: own, span: at(c) } : null;
  }),
  rule('subject.inForce', 'no side named: the side whose losses the sentences before gave', (c) => (c.discourse.side ? { value: c.discourse.side, span: at(c) } : null)),
  rule('subject.claimantsAdversary', 'no side anywhere: the adversary of the claimant', (c) => {
    const adversary = adversaryOfGroup(c.claimant.value?.group ?? null);
    return adversary ? { value: adversary, span: at(c) } : null;
  }),
  rule('subject.dataSourcesAdversary', '"according to the Ukrainian General Staff, …, a UK report says": the adversary of the belligerent whose data it is', (c) => {
    const data = c.attributions.find((a) => a.claimant.name !== c.claimant.value?.name && adversaryOfGroup(a.claimant.group));
    return data ? { value: adversaryOfGroup(data.claimant.group)!, span: data } : null;
  }),
  rule('subject.unknown', 'no side the text names', (c) => ({ value: null, span: at(c) })),
];
