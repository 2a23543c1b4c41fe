// `npm run codegen`: resolver types, the embedded SDL and the workbench's operation types from schema.graphql, the API contract.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema.graphql',
  // Keep the contract's order and descriptions as written.
  config: { sort: false },
  generates: {
    'functions/api/generated/resolvers.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        contextType: '../context.js#ApiContext',
        scalars: { Date: 'string' },
        mappers: {
          Article: '../models.js#ArticleModel',
          Claim: '../../core/article.js#StoredClaim as ClaimModel',
          Source: '../../store/read-port.js#SourceRecord as SourceModel',
          Series: '../../aggregates/series.js#Series as SeriesModel',
          RunningTotal: '../../aggregates/running-totals.js#LatestTotal as RunningTotalModel',
          Figure: '../../aggregates/figure.js#Figure as FigureModel',
          Disagreement: '../models.js#DisagreementModel',
          DeadLetter: '../../store/write-port.js#DeadLetter as DeadLetterModel',
        },
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
      },
    },
    'functions/api/generated/schema.ts': { plugins: ['./functions/api/codegen-sdl-plugin.cjs'] },
    // The workbench page's operations, checked against the contract, and their result types.
    'web/src/api/generated.ts': {
      documents: 'web/src/api/queries.ts',
      plugins: ['typescript-operations'],
      config: { onlyOperationTypes: true, enumsAsTypes: true, useTypeImports: true, scalars: { Date: 'string' }, avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false } },
    },
  },
  hooks: {},
};
export default config;
