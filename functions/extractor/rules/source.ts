// Rules: who makes the claim — the claimant its sentence names, else the one in force.
import type { ClaimKind } from '../../core/claim.js';
import { belligerent, opponentOf, sideOfGroup } from '../../core/sides.js';
import type { Attribution, Claimant, Figure, Span } from '../model.js';
import { inSentence as inSentenceOnce, type SentenceContext } from './context.js';
import { rule, type Rule } from './registry.js';

export interface SourceContext extends SentenceContext {
  figure: Figure;
  kind: ClaimKind;
}

/** How far a clause break puts two things apart, whatever their distance in characters. */
export const CLAUSE_BREAK_DISTANCE = 1000;

/**
 * The claimant named nearest the figure; one across a clause break ("…, while Moscow admitted …")
 * counts as far. A medium named in a sentence that takes up the claimant in force ("They said …, a
 * figure the Times reported") relays that claimant.
 */
function nearest(c: SourceContext): Attribution | null {
  let best: { attribution: Attribution; distance: number } | null = null;
  const { start, end } = c.figure.mention;
  // A medium that relays someone the sentence names ("US officials told The New York Times") is not the claimant.
  const relayed = c.attributions.filter((a) => !a.claimant.medium);
  for (const a of relayed.length > 0 ? relayed : c.attributions) {
    const [from, to] = a.start >= end ? [end, a.start] : [a.end, start];
    const broken = c.tags.breaks.some((b) => b.start >= from && b.end <= to);
    const distance = Math.abs(to - from) + (broken ? CLAUSE_BREAK_DISTANCE : 0);
    if (!best || distance < best.distance) best = { attribution: a, distance };
  }
  return best?.attribution ?? null;
}

/** Between a force's name and its verb: "the Defense Forces have also destroyed". */
const ACTING_GAP = /^\s*(?:(?:has|have|had|also|reportedly|successfully)\s+)*$/i;

const at = (c: SourceContext): Span => ({ start: c.figure.mention.start, end: c.figure.mention.end });
const named = (a: Attribution) => ({ value: a.claimant, span: { start: a.start, end: a.end } });

export const SOURCE_RULES: ReadonlyArray<Rule<SourceContext, Claimant | null>> = [
  rule('source.aidGiver', '"The Pentagon is providing $1.1 billion", "As AP reported, the Pentagon is providing …": aid is announced by the one who gives it, whichever medium relays it', (c) => {
    const speaker = nearest(c);
    if (c.kind !== 'aid' || (speaker && !speaker.claimant.medium)) return null;
    const clause = c.text.slice(0, c.figure.mention.start);
    const giver = c.tags.claimantMentions().filter((m) => m.end <= c.figure.mention.start && c.lexicon.kinds.givingAfter.test(clause.slice(m.end))).pop();
    return giver ? named(giver) : null;
  }),
  rule('source.publisher', '"according to the General Staff, …, according to a report by UK Defence Intelligence", "UK Defence Intelligence reported, citing data from Ukraine\'s General Staff", "General Staff figures cited in the update": figures published on another\'s data are the publisher\'s', (c) => {
    const bodies = c.attributions.filter((a) => !a.claimant.medium);
    const words = c.lexicon.claimants;
    const cited = (a: Attribution) => words.citedBefore.test(c.text.slice(Math.max(0, a.start - 60), a.start)) || words.dataAfter.test(c.text.slice(a.end, a.end + 20));
    // Only a body whose data is cited, in a sentence that takes up the claimant before ("cited in the update"): the one before publishes.
    const before = c.discourse.claimant;
    if (bodies.length > 0 && bodies.every(cited) && c.tags.takesUpClaimant && before && !before.medium && bodies.every((a) => a.claimant.name !== before.name)) return { value: before, span: bodies[0]! };
    if (new Set(bodies.map((a) => a.claimant.name)).size < 2) return null;
    // Two bodies named, one of them as the report's author, or the only one not cited: that one publishes.
    const publishers = bodies.filter((a) => !cited(a) && words.byReportBefore.test(c.text.slice(Math.max(0, a.start - 160), a.start)));
    if (publishers.length === 1) return named(publishers[0]!);
    const citers = bodies.filter((a) => !cited(a));
    return citers.length === 1 ? named(citers[0]!) : null;
  }),
  rule('source.namedInSentence', '"according to X", "X said", "X\'s post", "by X": the claimant named nearest the figure', (c) => {
    const a = nearest(c);
    if (a?.claimant.medium && c.tags.takesUpClaimant && c.discourse.claimant && !c.discourse.claimant.medium) return { value: c.discourse.claimant, span: a };
    return a ? named(a) : null;
  }),
  rule('source.reportTakenUp', '"The assessment, published by CSIS, … Ukrainian officials reported two civilians killed. According to the report, Russia has absorbed 1.2 million casualties": "the report" is its author\'s, whoever spoke between', (c) => {
    const author = c.discourse.author;
    if (!author || c.attributions.length > 0 || author.name === c.discourse.claimant?.name) return null;
    const m = inSentenceOnce(c, c.lexicon.claimants.reportAnaphora);
    return m ? { value: author, span: { start: m.index, end: m.index + m[0].length } } : null;
  }),
  rule('source.inForce', '"the update said", or no one named: the claimant of the sentences before', (c) =>
    c.discourse.claimant ? { value: c.discourse.claimant, span: at(c) } : null),
  rule('source.unnamedMinistry', '"the air defence systems destroyed 56 Ukrainian drones, the ministry said", no ministry named before: the ministry of the side that inflicted the loss its words name', (c) => {
    if (c.kind !== 'loss' || !c.tags.takesUpClaimant || c.tags.attributions.length > 0) return null;
    const ministry = inSentenceOnce(c, c.lexicon.claimants.unnamedMinistry);
    if (!ministry) return null;
    // The loser among the figure's own words ("56 Ukrainian drones"), else the side said to lose it ("Ukrainian forces lost 300 soldiers").
    const loser =
      c.sides.find((s) => !s.place && s.start >= c.figure.modifiers.start && s.end <= c.figure.modifiers.end) ??
      c.sides.filter((s) => !s.place && s.end <= c.figure.mention.start && c.lexicon.sides.loserAfter.test(c.sideText.slice(s.end))).pop();
    const row = loser && belligerent(opponentOf(loser.side) ?? '');
    return row ? { value: { name: row.military, group: row.group }, span: { start: ministry.index, end: ministry.index + ministry[0].length } } : null;
  }),
  rule('source.giverInForce', '"Those include … 150 Humvees" after "The Pentagon is providing $1.1 billion": aid no one is named for is the giver\'s of the aid before', (c) =>
    c.kind === 'aid' && c.discourse.giver ? { value: c.discourse.giver, span: at(c) } : null),
  rule('source.actingClaimant', '"As Ukrinform reported, the Defense Forces of Ukraine eliminated 374,520 invaders": a belligerent\'s forces named doing it, a medium relaying them', (c) => {
    if (c.kind !== 'loss' || c.tags.otherSpeaker) return null;
    const acting = c.tags.claimantMentions().find((m) => {
      if (m.end > c.figure.mention.start || !sideOfGroup(m.claimant.group)) return false;
      const verb = c.lexicon.sides.inflictingVerb.exec(c.text.slice(m.end, c.figure.mention.start));
      // "Russia captured 2,949 square kilometres but lost 174,935 soldiers": the side acting lost the figure itself.
      return verb !== null && ACTING_GAP.test(c.text.slice(m.end, m.end + verb.index)) && !c.lexicon.sides.lostInTurn.test(c.text.slice(m.end + verb.index, c.figure.mention.start));
    });
    return acting ? named(acting) : null;
  }),
  rule('source.actingSide', '"Ukrainian forces neutralized 1,600 Russian soldiers", no one named: the acting side\'s military', (c) => {
    if (c.tags.otherSpeaker) return null;
    const clause = c.sideText.slice(0, c.figure.mention.start);
    const acting = c.lexicon.sides.inflictingVerb.test(clause) ? c.lexicon.sides.forcesActing.exec(clause) : null;
    if (!acting || c.lexicon.sides.lostInTurn.test(clause.slice(acting.index + acting[0].length))) return null;
    const side = c.sides.find((s) => !s.place && s.start >= acting.index && s.end <= acting.index + acting[1]!.length);
    const row = side && belligerent(side.side);
    return row ? { value: { name: row.military, group: row.group }, span: side } : null;
  }),
  rule('source.incrementList', '"tanks — 9,480 (+12)": the General Staff\'s own daily list format', (c) =>
    c.figures.some((f) => f.mention.increment) ? { value: c.lexicon.claimants.incrementListClaimant, span: at(c) } : null),
  rule('source.beforeHeading', 'figures after a section heading that no one claims: the claimant of the report before the heading', (c) =>
    c.discourse.beforeHeading && !c.tags.otherSpeaker ? { value: c.discourse.beforeHeading, span: at(c) } : null),
  rule('source.unknown', 'no claimant the text names', (c) => ({ value: null, span: at(c) })),
];
