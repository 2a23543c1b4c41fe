// The schema's enum values and the claim format's own words for them.
import type { Qualifier } from '../core/claim.js';

const QUALIFIERS: Record<Qualifier, string> = { exact: 'EXACT', approx: 'APPROX', atLeast: 'AT_LEAST', atMost: 'AT_MOST' };
const QUALIFIER_OF: Record<string, Qualifier> = Object.fromEntries(Object.entries(QUALIFIERS).map(([k, v]) => [v, k as Qualifier]));

/** Enum value of a stored word: `armored_vehicles` → `ARMORED_VEHICLES`, `atLeast` → `AT_LEAST`. */
export const toEnum = (word: string): string => QUALIFIERS[word as Qualifier] ?? word.toUpperCase();

/** Stored word of an enum value, for the fields stored in lower case. */
export const fromEnum = (value: string): string => QUALIFIER_OF[value] ?? (value === 'USD' || value.length === 2 ? value : value.toLowerCase());
