// The one DynamoDB table, as data: the local stack creates it from this and the CDK app
// defines it from this, so the two cannot drift. Access patterns: docs/data-model.md.

export interface IndexDefinition {
  name: string;
  partitionKey: string;
  sortKey: string;
}

export interface TableDefinition {
  partitionKey: string;
  sortKey: string;
  globalIndexes: IndexDefinition[];
}

export const TABLE_DEFINITION: TableDefinition = {
  partitionKey: 'pk',
  sortKey: 'sk',
  globalIndexes: [
    { name: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
    { name: 'gsi2', partitionKey: 'gsi2pk', sortKey: 'gsi2sk' },
  ],
};

/** Every key attribute is a string. */
export const keyAttributes = (table: TableDefinition = TABLE_DEFINITION): string[] => [
  ...new Set([
    table.partitionKey,
    table.sortKey,
    ...table.globalIndexes.flatMap((index) => [index.partitionKey, index.sortKey]),
  ]),
];
