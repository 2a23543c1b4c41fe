// `npm run codegen`: resolver types and the embedded SDL from schema.graphql, the API contract.
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
  },
  hooks: {},
};
export default config;
