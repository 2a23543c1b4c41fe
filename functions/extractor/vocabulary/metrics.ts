import type { MetricName } from '../../core/claim.js';

/**
 * What a figure counts, by the words that name it. Longer phrases are tried first, so
 * "vehicles and fuel tanks" wins over "tanks". Matching is case-insensitive on whole words;
 * `armou?red` style alternations are regular-expression fragments.
 * Soldier nouns map to `personnel`; when the figure is a deployment they become `troops`.
 */
export const METRIC_PHRASES: ReadonlyArray<readonly [string, MetricName]> = [
  ['(?:military )?vehicles and fuel tanks', 'vehicles'],
  ['cars and cisterns', 'vehicles'],
  ['fuel tanks?', 'vehicles'],
  ['fuel cisterns?', 'vehicles'],
  ['(?:pieces|units|items) of special (?:military )?equipment', 'special_equipment'],
  ['special (?:military )?equipment', 'special_equipment'],
  ['(?:pieces|units) of (?:military )?equipment', 'equipment'],
  ['armou?red (?:combat|fighting|personnel) vehicles?', 'armored_vehicles'],
  ['armou?red (?:personnel )?carriers?', 'armored_vehicles'],
  ['armou?red vehicles?', 'armored_vehicles'],
  ['(?:armou?red )?combat vehicles?', 'armored_vehicles'],
  ['(?:infantry )?fighting vehicles?', 'armored_vehicles'],
  // Armoured vehicles by name: "two US-made Bradley vehicles", "five Marders".
  ['(?:Bradley|Marder|Stryker|CV90|M113|BMP-\\d|BTR-\\d{2})(?:s|es)?(?: (?:armou?red )?vehicles?)?', 'armored_vehicles'],
  ['(?:APCs?|APVs?|IFVs?|AFVs?|ACVs?)', 'armored_vehicles'],
  ['multiple[- ](?:launch )?rocket (?:launchers?|systems?)', 'mlrs'],
  ['multiple launch rocket systems?', 'mlrs'],
  ['rocket launchers?', 'mlrs'],
  ['MLRS(?:es)?|HIMARS(?: (?:systems?|launchers?))?', 'mlrs'],
  ['(?:anti-aircraft|air[- ]defen[cs]e) (?:warfare |missile )?(?:systems?|units?|batteries|launchers?)', 'air_defense'],
  ['air[- ]defen[cs]e', 'air_defense'],
  // Air defence systems by name: "four IRIS-T systems", "two Pantsir systems".
  ['(?:Patriot|IRIS-T(?: SLM)?|NASAMS|SAMP/T|Hawk|Gepard|Crotale|Aspide|Pantsir(?:-S1)?|Tor(?:-M\\d)?|Buk(?:-M\\d)?|S-[34]00|Osa|Strela-10) (?:(?:air[- ]defen[cs]e |surface-to-air |missile )?(?:systems?|batteries|launchers?|complex(?:es)?|units?))', 'air_defense'],
  ['(?:surface-to-air|anti-aircraft) missile (?:systems?|launchers?)|SAM (?:systems?|launchers?)', 'air_defense'],
  ['(?:field )?artillery (?:systems?|pieces?|guns?|units?)(?: and mortars)?', 'artillery'],
  ['(?:field )?artillery', 'artillery'],
  ['(?:howitzers?|mortars?|cannons?)', 'artillery'],
  ['(?:operational-tactical )?(?:UAVs?|drones?)', 'uav'],
  ['unmanned aerial vehicles?', 'uav'],
  ['cruise missiles?', 'cruise_missiles'],
  ['(?:military |fighter |combat )?helicopters?', 'helicopters'],
  ['(?:military |fighter |combat )?(?:aircraft|warplanes?|airplanes?|aeroplanes?|planes?|jets?)|(?:fighter-)?bombers?', 'aircraft'],
  ['(?:warships?|ships?|boats?|vessels?)', 'ships'],
  ['submarines?', 'submarines'],
  ['tanks?', 'tanks'],
  ['(?:military )?(?:vehicles?|trucks?|cars?|pickups?)', 'vehicles'],
  ['(?:military )?personnel', 'personnel'],
  ['(?:soldiers?|troops?|servicemen|service ?members|fighters|men|mercenaries|conscripts|invaders|occupiers|marines|paratroopers|militants|nationalists|neo-Nazis|North Koreans)', 'personnel'],
  ['(?:casualties|casualty|dead|deaths|killed|lives|losses|death toll)', 'personnel'],
  ['equipment', 'equipment'],
  ['(?:military )?(?:aid|assistance|support)(?: package)?', 'aid'],
  ['(?:aid|security|weapons|arms) packages?', 'aid'],
  ['(?<!sanctions? )packages?', 'aid'],
  // "$725 million in weapons": money for arms is aid.
  ['(?:weapons|weaponry|arms|munitions|ammunition)', 'aid'],
];

/**
 * Words that name a metric only when they stand right after the figure (a "lost 500 in losses"
 * reading is wrong), e.g. "1,760 of those losses".
 */
export const WEAK_METRIC_WORDS = new Set(['losses', 'lives']);

/** A weak metric word names a figure after it across a linking verb: "Russian losses reached 379,400". */
export const WEAK_METRIC_LINK =
  '(?:have |has |had )?(?:now |so far |already )?(?:reached|stood at|stand at|totall?ed|amount(?:ed|s)? to|averaged|average|came to|rose to|climbed to|grew to|hit|exceeded|surpassed|topped|passed|crossed|numbered|were|are|was|is)';

/** Nouns right after a metric word that make it count something else: "artillery shells", "tank crews". */
export const NOT_THE_METRIC_AFTER =
  'shells|rounds|rockets?|missiles?|bombs?|ammunition|munitions|crews?|pilots?|operators?|factories|plants|parts|components|engines|barrels|production|manufacturers|columns?|convoys?|brigades?|battalions?|regiments?|divisions?|units?|formations?|attacks?|assaults?|strikes?|commanders?';

/**
 * Nouns after a figure that say it counts something else than the war's metrics ("wounded 23
 * others", "killed two people"): such a figure does not take a metric named earlier.
 */
export const OTHER_COUNTED_NOUNS =
  'others|people|persons|civilians|residents|children|women|men and women|individuals|villagers|patients|settlements|villages|towns|homes|houses|buildings|apartments|schools|hospitals';

/** Soldier nouns counted in a deployment are `troops`, not lost `personnel`. */
export const DEPLOYED_METRIC: MetricName = 'troops';

/**
 * Well above the most of each metric any one day of this war has cost a side (the General Staff's
 * record days are ~2,000 soldiers, ~50 tanks, ~150 artillery systems): a figure with no period that
 * is larger is a running total, not a day's losses.
 */
export const DAILY_MAXIMUM: Readonly<Partial<Record<MetricName, number>>> = {
  personnel: 5_000,
  tanks: 150,
  armored_vehicles: 300,
  artillery: 300,
  mlrs: 60,
  air_defense: 60,
  aircraft: 60,
  helicopters: 60,
  uav: 2_000,
  cruise_missiles: 300,
  ships: 20,
  submarines: 5,
  vehicles: 600,
  special_equipment: 200,
};
