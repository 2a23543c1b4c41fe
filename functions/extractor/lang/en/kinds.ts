import type { ClaimKind } from '../../../core/claim.js';

/** Words that say what a figure is about; the cue nearest the figure decides. */
export const KIND_CUES: ReadonlyArray<readonly [string, ClaimKind]> = [
  ['lost|los(?:e|es|ing)|loss(?:es)?|killed|kill(?:ings?|s)?|dead|died|deaths?|casualt(?:y|ies)|destroy(?:ed|s|ing)?|destruction|damaged|damages?|abandoned|eliminated|wounded|toll|sustained|suffered|downed|downs|shot down|shoots? down|shooting down|brought down|brings? down|bringing down|knocked out|knocks out|(?:taken|took|takes) out|neutrali[sz](?:ed|es?)|liquidated|wiped out|captured|taken prisoner|sunk|sank|injured|missing|decimated|(?:have|has|had) fallen(?! (?:to|by|from|below|short|behind|back|off|sharply|slightly|steadily)\\b)|fell in (?:battle|combat|action)|intercepted|neutrali[sz]ing|eliminat(?:es|ing)|(?:hit|struck)(?!(?: \\w+)? with\\b)', 'loss'],
  ['aid|assistance|package|provid(?:e|es|ed|ing)|hand(?:s|ed|ing)? over|handing|transferr?(?:s|ed|ing)?|donat(?:e|ed|es|ing)|pledg(?:e|ed|es|ing)|deliver(?:ed|ing|ies)?|suppl(?:y|ied|ying)|funding|fund(?:s|ed)?|financ(?:e|es|ed|ing)|grant(?:ed|ing)?|contribut(?:e|es|ed|ing|ion)|receiv(?:e|ed|es|ing)', 'aid'],
  // Weapons fired at Ukraine are an attack, not a loss, until the text says they were shot down.
  // Verb forms only: "multiple launch rocket systems" names a weapon.
  ['launch(?:ed|es|ing)|fired|(?:attacked|struck|hit) (?:\\w+ )?with', 'other'],
  // Soldiers raised are not soldiers lost: "recruits about 30,000 men a month".
  ['recruit(?:s|ed|ing)|mobili[sz](?:es|ed|ing)|enlist(?:s|ed|ing)|call(?:s|ed)? up|signed (?:a )?contracts?|grown|grew|repaired|produced|staffing', 'other'],
  ['(?:are|were|is|was) (?:now |currently |already |still )?(?:in|inside) (?:Russia|Ukraine|Belarus|Kursk|the Kursk region)|fight(?:ing)? (?:alongside|for Russia)|deploy(?:ed|s|ing|ment)?|sen(?:d|t|ding)|dispatch(?:ed|ing)?|station(?:ed)?|amass(?:ed|ing)?|being trained|trained|arriv(?:e|ed|ing)|join(?:ed|ing)|en route|on (?:their|the) way', 'deployment'],
];

/** Soldiers placed somewhere ("the number of North Korean troops in Russia", "troops near the border"): a deployment, unless another cue says more. */
export const WEAK_DEPLOYMENT_CUE =
  '\\b(?:troops|soldiers|forces) (?:(?:in|inside) (?:Russia|Ukraine|Belarus|Kursk|the Kursk region)|(?:near|along|on|at) the (?:[\\w-]+ )?border)\\b';
