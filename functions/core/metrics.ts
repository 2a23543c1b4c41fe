// What claims count: one row per metric. The claim format, the GraphQL `Metric` enum (written
// into schema.graphql by `npm run codegen`), the extractor and verification all read this table;
// adding a metric is one row here plus its words in each language's lexicon.

export interface MetricDefinition {
  /** The claim format's word for it. */
  id: string;
  /** What it counts, for people (the schema's enum description). */
  description: string;
  /** Equipment categories counted together join with `+` ("tanks+armored_vehicles"); others never combine. */
  combines: boolean;
  /** Counts soldiers: deployed soldiers are `troops`, and money never counts them. */
  soldiers: boolean;
  /**
   * Well above the most any one day of the war has cost a side (the General Staff's series peaks at
   * 3,160 soldiers, 66 tanks, 2,719 drones, 626 vehicles): a larger figure with no period of its
   * own is a running total. Null where no such bound holds.
   */
  dailyMaximum: number | null;
  /** Fields of the General Staff's daily series (lower case) whose totals it is; several are summed. */
  referenceFields: readonly string[];
}

export const METRIC_TABLE = [
  { id: 'personnel', description: 'Soldiers killed, wounded or lost (casualties).', combines: false, soldiers: true, dailyMaximum: 5_000, referenceFields: ['personnel'] },
  { id: 'tanks', description: 'Tanks.', combines: true, soldiers: false, dailyMaximum: 150, referenceFields: ['tank'] },
  { id: 'armored_vehicles', description: 'Armoured combat, fighting and personnel vehicles (APCs, IFVs).', combines: true, soldiers: false, dailyMaximum: 300, referenceFields: ['apc'] },
  { id: 'artillery', description: 'Artillery systems, guns and mortars.', combines: true, soldiers: false, dailyMaximum: 300, referenceFields: ['field artillery'] },
  { id: 'mlrs', description: 'Multiple launch rocket systems.', combines: true, soldiers: false, dailyMaximum: 60, referenceFields: ['mrl'] },
  { id: 'air_defense', description: 'Air defence systems.', combines: true, soldiers: false, dailyMaximum: 60, referenceFields: ['anti-aircraft warfare'] },
  { id: 'aircraft', description: 'Aircraft: planes and jets.', combines: true, soldiers: false, dailyMaximum: 60, referenceFields: ['aircraft'] },
  { id: 'helicopters', description: 'Helicopters.', combines: true, soldiers: false, dailyMaximum: 60, referenceFields: ['helicopter'] },
  { id: 'uav', description: 'Drones (unmanned aerial vehicles).', combines: true, soldiers: false, dailyMaximum: 3_000, referenceFields: ['drone'] },
  { id: 'cruise_missiles', description: 'Cruise missiles.', combines: true, soldiers: false, dailyMaximum: 300, referenceFields: ['cruise missiles'] },
  { id: 'ships', description: 'Warships and boats.', combines: true, soldiers: false, dailyMaximum: 20, referenceFields: ['naval ship'] },
  { id: 'submarines', description: 'Submarines.', combines: true, soldiers: false, dailyMaximum: 5, referenceFields: ['submarines'] },
  // Older reports count military vehicles and fuel tanks apart; the metric is their sum.
  { id: 'vehicles', description: 'Vehicles and fuel tanks, trucks, cars.', combines: true, soldiers: false, dailyMaximum: 1_000, referenceFields: ['vehicles and fuel tanks', 'military auto', 'fuel tank'] },
  { id: 'special_equipment', description: 'Special (engineering, support) equipment.', combines: true, soldiers: false, dailyMaximum: 200, referenceFields: ['special equipment'] },
  { id: 'ground_robotic_systems', description: 'Ground robotic systems (a General Staff category since May 2026).', combines: true, soldiers: false, dailyMaximum: 100, referenceFields: ['ground robotic systems'] },
  { id: 'equipment', description: 'All equipment together, e.g. its total or its cost.', combines: false, soldiers: false, dailyMaximum: null, referenceFields: [] },
  { id: 'troops', description: 'Soldiers deployed, recruited or serving (not lost).', combines: false, soldiers: false, dailyMaximum: null, referenceFields: [] },
  { id: 'aid', description: 'An aid package counted in money.', combines: false, soldiers: false, dailyMaximum: null, referenceFields: [] },
] as const satisfies readonly MetricDefinition[];

/** One category; combined categories join these with `+` in the order of METRIC_TABLE. */
export type MetricName = (typeof METRIC_TABLE)[number]['id'];

export const METRICS: readonly MetricName[] = METRIC_TABLE.map((row) => row.id);

const BY_ID = new Map<string, MetricDefinition>(METRIC_TABLE.map((row) => [row.id, row]));

export const isMetricName = (word: string): word is MetricName => BY_ID.has(word);

export function metricDefinition(id: MetricName): MetricDefinition {
  return BY_ID.get(id)!;
}

/** Several categories counted together, in the table's order: {armored_vehicles, tanks} → "tanks+armored_vehicles". */
export const combinedMetric = (metrics: Iterable<MetricName>): string => {
  const set = new Set(metrics);
  return METRICS.filter((m) => set.has(m)).join('+');
};

/** The metric a field of the official series counts, by the field's name in any case. */
export const metricOfReferenceField = (field: string): MetricName | undefined => REFERENCE_FIELD_METRIC.get(field.toLowerCase());

const REFERENCE_FIELD_METRIC = new Map<string, MetricName>(METRIC_TABLE.flatMap((row) => row.referenceFields.map((field) => [field, row.id] as const)));
