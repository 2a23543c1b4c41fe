import type { Qualifier } from '../../../core/claim.js';
import { TAIL } from './words.js';

/** Words right before a figure that say how exact it is (regular-expression fragments). */
export const QUALIFIER_PHRASES: ReadonlyArray<readonly [string, Qualifier]> = [
  ['понад', 'atLeast'],
  ['більше ніж', 'atLeast'],
  ['більш ніж', 'atLeast'],
  ['більше за', 'atLeast'],
  ['більше', 'atLeast'],
  ['щонайменше', 'atLeast'],
  ['принаймні', 'atLeast'],
  ['як мінімум', 'atLeast'],
  ['не менше ніж', 'atLeast'],
  ['не менш як', 'atLeast'],
  ['не менше', 'atLeast'],
  [`перевищил${TAIL}`, 'atLeast'],
  ['перевищують', 'atLeast'],
  ['перевищує', 'atLeast'],
  ['майже', 'atMost'],
  ['ледь не', 'atMost'],
  ['трохи менше ніж', 'atMost'],
  ['трохи менше', 'atMost'],
  ['менше ніж', 'atMost'],
  ['менш ніж', 'atMost'],
  ['не більше ніж', 'atMost'],
  ['не більше', 'atMost'],
  ['наближаються до', 'atMost'],
  ['наближається до', 'atMost'],
  // "до 555 військових" is "up to"; "зросли до 1 456 610" is where a count rose to.
  [`(?<!(?:зросл${TAIL}|зріс|збільшил${TAIL}|збільшився|дійшл${TAIL}|дійшов|від\\s+\\S+)\\s)до`, 'atMost'],
  ['близько', 'approx'],
  ['приблизно', 'approx'],
  ['орієнтовно', 'approx'],
  ['біля', 'approx'],
  ['порядку', 'approx'],
  ['за оцінками', 'approx'],
];
