// The claimants every language names, one row each: the canonical name and side a lexicon's
// aliases map to, so an article in any language credits the same claimant.
import type { Claimant } from '../model.js';

export const UA_GENERAL_STAFF: Claimant = { name: 'General Staff of the Armed Forces of Ukraine', group: 'UA' };
export const UA_DEFENCE_MINISTRY: Claimant = { name: 'Ministry of Defence of Ukraine', group: 'UA' };
export const UA_PRESIDENT: Claimant = { name: 'President of Ukraine', group: 'UA' };
export const UA_MILITARY_INTELLIGENCE: Claimant = { name: 'Ukrainian military intelligence', group: 'UA' };
export const UA_AIR_FORCE: Claimant = { name: 'Ukrainian Air Force', group: 'UA' };
export const UA_NAVY: Claimant = { name: 'Ukrainian Navy', group: 'UA' };
export const UA_SECURITY_SERVICE: Claimant = { name: 'Security Service of Ukraine', group: 'UA' };
export const UK_DEFENCE_MINISTRY: Claimant = { name: 'UK Ministry of Defence', group: 'UK' };
export const RU_DEFENCE_MINISTRY: Claimant = { name: 'Russian Ministry of Defence', group: 'RU' };
export const KREMLIN: Claimant = { name: 'Kremlin', group: 'RU' };
export const WAGNER: Claimant = { name: 'Wagner Group', group: 'RU' };
export const PENTAGON: Claimant = { name: 'Pentagon', group: 'US' };
export const WHITE_HOUSE: Claimant = { name: 'White House', group: 'US' };
export const STATE_DEPARTMENT: Claimant = { name: 'US State Department', group: 'US' };
export const US_GOVERNMENT: Claimant = { name: 'US government', group: 'US' };
export const UK_GOVERNMENT: Claimant = { name: 'UK government', group: 'UK' };
export const SOUTH_KOREAN_INTELLIGENCE: Claimant = { name: 'South Korean National Intelligence Service', group: 'KR' };
export const SEPARATISTS: Claimant = { name: "Donetsk People's Republic authorities", group: 'RU' };
export const ISW: Claimant = { name: 'Institute for the Study of War', group: 'independent' };
export const MEDIAZONA: Claimant = { name: 'BBC Russian Service and Mediazona', group: 'independent' };
export const RUSSIAN_STATE_MEDIA: Claimant = { name: 'Russian state media', group: 'RU' };
export const ORYX: Claimant = { name: 'Oryx', group: 'independent' };

/** A medium: it is the claimant only when it names no one else it relays. */
export const medium = (name: string): Claimant => ({ name, group: 'independent', medium: true });
/** Bodies outside the sides the claim format groups: their claims have no `sourceGroup`. */
export const outside = (name: string): Claimant => ({ name, group: null });
/** The same claimant, named by one of its people. */
export const person = (claimant: Claimant): Claimant => ({ ...claimant, person: true });

export const UNITED_NATIONS = outside('United Nations');
export const NATO = outside('NATO');
export const EUROPEAN_UNION = outside('European Union');
/** A news outlet relaying others: the claimant only when it names no one. */
export const MEDIA = medium('media');
