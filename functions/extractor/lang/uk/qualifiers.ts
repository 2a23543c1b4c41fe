import type { Qualifier } from '../../../core/claim.js';
import { TAIL } from './words.js';

/** Words right before a figure that say how exact it is (regular-expression fragments). */
export const QUALIFIER_PHRASES: ReadonlyArray<readonly [string, Qualifier]> = [
  ['на понад', 'atLeast'],
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
  // "скоротили чисельність … майже на 31 тисячу": by how much, qualified before the preposition.
  ['майже на', 'atMost'],
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
  ['приблизно на', 'approx'],
  ['близько', 'approx'],
  ['приблизно', 'approx'],
  ['орієнтовно', 'approx'],
  ['біля', 'approx'],
  ['порядку', 'approx'],
  ['за оцінками', 'approx'],
];
