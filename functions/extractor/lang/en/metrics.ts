// What a figure counts, by the English words that name it.
import type { MetricName } from '../../../core/metrics.js';

/**
 * Longer phrases are tried first, so "vehicles and fuel tanks" wins over "tanks". Matching is
 * case-insensitive on whole words; `armou?red` style alternations are regular-expression fragments.
 * Soldier nouns map to `personnel`; when the figure is a deployment they become `troops`.
 */
export const METRIC_PHRASES: ReadonlyArray<readonly [string, MetricName]> = [
  ['(?:military )?vehicles and fuel tanks', 'vehicles'],
  ['cars and cisterns', 'vehicles'],
  ['fuel tanks?', 'vehicles'],
  ['fuel cisterns?', 'vehicles'],
  // "62 units of automotive equipment": the General Staff's vehicles, in a translated report.
  ['(?:(?:pieces|units|items) of )?(?:automotive|motor) (?:equipment|vehicles?|transport)', 'vehicles'],
  ['(?:pieces|units|items) of special (?:military )?(?:equipment|vehicles)', 'special_equipment'],
  ['special (?:military |vehicle )?(?:equipment|vehicles)(?: units?)?', 'special_equipment'],
  ['(?:pieces|units|items) of (?:the (?:\\S+ ){1,3})?(?:(?:military|enemy|various|weapons and|military and special) )?(?:vehicles and )?(?:equipment|hardware|armaments?|weaponry)(?: and (?:weapons|vehicles))?', 'equipment'],
  ['(?:pieces|units|items) of various (?:pieces of )?(?:armaments?|weapons)', 'equipment'],
  ['weapons and (?:pieces of )?(?:military )?equipment', 'equipment'],
  // "4,927 Russian military vehicles and equipment": everything counted, vehicles among it.
  ['(?:military )?vehicles and (?:other )?(?:military )?equipment', 'equipment'],
  ['weapon systems?', 'equipment'],
  // "35 enemy military equipment units": units counted, not formations.
  ['(?:military )?equipment units?', 'equipment'],
  ['(?:ground robotic (?:systems?|complexes)|ground robots?|unmanned ground vehicles?|UGVs?)', 'ground_robotic_systems'],
  // The Russian ministry's "combat vehicles of multiple launch rocket systems": launchers, not armour.
  ['combat vehicles of (?:the )?multiple[- ](?:launch )?rocket (?:launchers?|systems?)', 'mlrs'],
  ['armou?red (?:combat|fighting|personnel) vehicles?', 'armored_vehicles'],
  ['(?:armou?red|armed) (?:personnel )?carriers?', 'armored_vehicles'],
  ['armou?red vehicles?', 'armored_vehicles'],
  ['(?:armou?red )?combat vehicles?', 'armored_vehicles'],
  ['(?:infantry )?fighting vehicles?', 'armored_vehicles'],
  // Armoured vehicles by name: "two US-made Bradley vehicles", "five Marders".
  ['(?:Bradley|Marder|Stryker|CV90|M113|BMP-\\d|BTR-\\d{2})(?:s|es)?(?: (?:armou?red )?vehicles?)?', 'armored_vehicles'],
  ['(?:APCs?|APVs?|IFVs?|AFVs?|ACVs?)', 'armored_vehicles'],
  ['multiple[- ](?:launch )?(?:rocket|missile) (?:launchers?|systems?)(?: combat vehicles?)?', 'mlrs'],
  ['(?:high[- ]mobility )?artillery rocket systems?', 'mlrs'],
  ['multiple launch rocket systems?', 'mlrs'],
  ['(?:multiple )?rocket salvo (?:fire )?systems?|salvo fire systems?', 'mlrs'],
  ['rocket launchers?', 'mlrs'],
  ['MLRS(?:es)?|HIMARS(?: (?:missile )?(?:systems?|launchers?))?', 'mlrs'],
  ['missile launch(?:ing)? systems?', 'mlrs'],
  ['(?:anti-aircraft|air[- ]defen[cs]e) (?:warfare |missile |defen[cs]e )?(?:systems?|units?|batteries|launchers?|equipment|means|vehicles?)', 'air_defense'],
  ['air[- ]defen[cs]e', 'air_defense'],
  // Air defence systems by name: "four IRIS-T systems", "two Pantsir systems".
  ['(?:Patriot|IRIS[- ]T(?:[- ]SLM)?|NASAMS|SAMP/T|Hawk|Gepard|Crotale|Aspide|Pantsir(?:-S1)?|Tor(?:-M\\d)?|Buk(?:-M\\d)?|S-[34]00|Osa|Strela-10) (?:(?:air[- ]defen[cs]e |surface-to-air |missile )?(?:systems?|batteries|launchers?|complex(?:es)?|units?))', 'air_defense'],
  ['(?:surface-to-air|anti-aircraft) missile (?:systems?|launchers?)|SAM (?:systems?|launchers?)', 'air_defense'],
  ['(?:field )?artillery (?:systems?|pieces?|guns?|units?)(?: and mortars)?', 'artillery'],
  ['(?:field )?artillery', 'artillery'],
  ['(?:howitzers?|mortars?|cannons?)', 'artillery'],
  // "two US-made M119 guns", "a D-30 gun": guns in a list of losses are artillery; machine and anti-aircraft guns are not.
  ['(?<!(?:machine|sub-?machine|anti-aircraft|AA|air defen[cs]e) )(?:self-propelled |towed |field )?guns?', 'artillery'],
  // … and "BpLA", the Ukrainian abbreviation a translated General Staff report keeps.
  ['(?:operational-tactical )?(?:UAVs?|drones?|BpLAs?)', 'uav'],
  ['unmanned aerial vehicles?', 'uav'],
  // The Russian ministry's "aircraft-type unmanned aerial vehicles" (a hyphen, a dash or a space): drones, not aircraft.
  ['(?:aircraft|airplane|plane)[-–— ]type (?:unmanned aerial vehicles?|UAVs?|drones?)', 'uav'],
  // "one Luna unmanned system": a drone system.
  ['unmanned (?:aerial |aircraft )?(?:systems?|complex(?:es)?)', 'uav'],
  ['cruise missiles?', 'cruise_missiles'],
  // Cruise missiles by name: "27 Storm Shadow missiles", "12 Kalibrs", "two Neptune-MD guided missiles".
  ['(?:Storm Shadows?|SCALP(?:-EG)?s?|Kalibrs?|Kh-(?:101|555|55|59|69)s?|Tomahawks?|Iskander-K|Taurus(?: KEPD 350)?|Neptunes?|Neptune-MDs?)(?: (?:cruise |air-launched cruise |guided |anti-ship )?missiles?)?', 'cruise_missiles'],
  ['(?:military |fighter |combat )?helicopters?', 'helicopters'],
  ['(?:military |fighter |combat )?(?:aircraft|warplanes?|airplanes?|aeroplanes?|planes?|jets?)|(?:fighter-)?bombers?', 'aircraft'],
  // "28 ships and boats": the General Staff's one category, one noun phrase.
  ['(?:warships?|ships?|boats?|vessels?)(?: and (?:boats|ships|vessels))?', 'ships'],
  ['submarines?', 'submarines'],
  ['(?:main battle )?tanks?|MBTs?|Leopards?|Abrams', 'tanks'],
  ['(?<!grenade )launchers', 'mlrs'],
  ['(?:military |tactical )?(?:vehicles?|trucks?|cars?|automobiles?|pickups?|Humvees?)', 'vehicles'],
  ['(?:military )?personnel', 'personnel'],
  // "more than 26,000 military and 3,000 units of weapons": "military" as a noun, the soldiers.
  ['military(?=\\s*(?:[,;.)]|$|and\\s+\\d))', 'personnel'],
  ['(?:soldiers?|troops?|generals|colonels|officers|servicemen|service[- ]?(?:members|people|personnel)|servicepeople|militaries|fighters|defenders|men|troopers|infantrymen|combatants|reservists|mercenaries|conscripts|invaders|occupiers|marines|paratroopers|combat engineers|sappers|deminers|militants|nationalists|neo-Nazis|North Koreans|Ukrainians|Russians)', 'personnel'],
  // "16,000 to 17,500 Russian forces had been killed": forces counted by a figure are soldiers; elsewhere "forces" is an army.
  ['(?<=\\d\\s+(?:[A-Z][a-z]+\\s+)?)forces', 'personnel'],
  // "causalities": a misspelling of casualties that real copy often carries.
  ['(?:casualties|casualty|causalities|dead|deaths|killed|killings|lives|losses|death toll|fatalities|toll)', 'personnel'],
  // "about 400,000 wounded": the wounded right after their figure; elsewhere a verb ("had been injured").
  ['(?:wounded|injured|injuries)', 'personnel'],
  ['equipment', 'equipment'],
  ['(?:military )?(?:aid|assistance|support)(?: package)?', 'aid'],
  ['(?:aid|security|weapons|arms) packages?', 'aid'],
  ['(?:presidential )?drawdowns?', 'aid'],
  ['(?<!sanctions? )packages?', 'aid'],
  // "$725 million in weapons": money for arms is aid.
  ['(?:weapons|weaponry|arms|munitions|ammunition)', 'aid'],
];

/**
 * Words that name a metric only when they stand right after the figure (a "lost 500 in losses"
 * reading is wrong), e.g. "1,760 of those losses".
 */
export const WEAK_METRIC_WORDS = new Set(['losses', 'lives', 'toll', 'wounded', 'injured', 'injuries']);

/** Modifiers a weak metric word keeps its sense with: "750,000 military losses", "200,000 combat losses" (sides aside). */
export const WEAK_METRIC_MODIFIERS = '^(?:(?:military|combat|personnel|troop|battlefield|human|irretrievable|total|overall|heavy)\\s+)*$';

/** A weak metric word names a figure after it across a linking verb: "Russian losses reached 379,400". */
export const WEAK_METRIC_LINK =
  '(?:have |has |had )?(?:now |so far |already |likely |probably )?(?:reached|reaches|exceeds?|surpass(?:es)?|tops?|stood at|stand at|stands at|sat at|sits at|remained at|remains at|totall?ed|amount(?:ed|s)? to|averaged|average|came to|rose to|climbed to|grew to|hit|exceeded|surpassed|topped|passed|crossed|numbered|made|were|are|was|is|at|(?:could |may |might )?(?:have )?ranged? (?:from|between)|ranges? (?:from|between))';

/** Nouns right after a metric word that make it count something else: "artillery shells", "tank crews". */
export const NOT_THE_METRIC_AFTER =
  'shells|rounds|rockets?|missiles?|bombs?|ammunition|munitions|crews?|pilots?|operators?|factories|plants|parts|components|engines|barrels|production|manufacturers|columns?|convoys?|brigades?|battalions?|regiments?|divisions?|compan(?:y|ies)|platoons?|units?|formations?|attacks?|assaults?|strikes?|commanders?|detection|depots?';

/**
 * Nouns after a figure that say it counts something else than the war's metrics ("wounded 23
 * others", "killed two people"): such a figure does not take a metric named earlier.
 */
export const OTHER_COUNTED_NOUNS =
  'others|people|persons|civilians|residents|children|women|men and women|individuals|villagers|patients|settlements|villages|towns|homes|houses|buildings|apartments|schools|hospitals|targets|airstrikes|combat engagements|times|counterattacks|attacks|names';

/** Words that end the noun phrase after a figure: a counted noun never stands past them. */
export const PHRASE_STOP_WORDS =
  'lost|loses|lose|killed|were|was|is|are|has|have|had|be|been|being|and|or|but|in|on|at|to|from|since|with|by|for|as|that|which|who|said|says|plus|including|per|during|over|after|before|while|than|the|an?|' +
  // A quantifier opens a count of its own: "five warplanes and several air defence systems" are not one count.
  'several|many|numerous|dozens|scores|hundreds';

/** Modifiers that may stand between a figure and what it counts: "1,200 more Russian soldiers". */
// "983 per day killed and wounded": a rate may stand between a figure and its noun.
export const PHRASE_LEAD_IN = '(?:(?:a|per|each) day\\s+)?(?:(?:of|in)\\s+)?(?:(?:the|those|these|its|their|his|her)\\s+)?';

/** Words the list around them decides: "fighters" beside helicopters and drones are aircraft. */
export const SENSES_IN_LISTS: ReadonlyArray<{ word: RegExp; metric: MetricName; listedWith: readonly MetricName[] }> = [
  { word: /^fighters$/i, metric: 'aircraft', listedWith: ['helicopters', 'aircraft', 'uav'] },
];
