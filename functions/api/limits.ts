import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  getNamedType,
  getNullableType,
  isLeafType,
  isListType,
  type ASTVisitor,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';

export const DEFAULT_PAGE = 20;
export const MAX_PAGE = 100;
export const MAX_DEPTH = 8;
/**
 * What one request may cost: about the number of objects it may return, plus the rollup items a
 * ranged field (`series`, `disagreements`) reads, one per day of its range.
 */
export const MAX_COST = 20_000;
/** Tokens a query may have: parsing and validating stay cheap whatever is sent. */
export const MAX_TOKENS = 50_000;
/** Nodes the cost analysis visits at most: fragments spread inside fragments cannot make it exponential. */
const MAX_ANALYSED_NODES = 100_000;
/** A whole introspection answer: the schema's types, fields and arguments. */
const INTROSPECTION_COST = 500;
const BUCKET_DAYS: Record<string, number> = { DAY: 1, WEEK: 7, MONTH: 28 };
/**
 * A series without a claimant is one per side that has claims in the range: counted as three (a
 * subject's figures come from one side, the other, and a Western or independent estimate or two;
 * all seven sides at once would still be one read of the same rollup items).
 */
const SIDES_COUNTED = 3;
/**
 * The claims a disagreement lists: those of one side on one date, a handful (each claim of the
 * range is in at most one disagreement, so a range's disagreements never list more than it holds).
 */
const DISAGREEMENT_CLAIMS = 4;

/** Page sizes: default 20, at most 100. */
export function pageSize(first: number | null | undefined): number {
  const size = first ?? DEFAULT_PAGE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE) {
    throw new GraphQLError(`"first" must be between 1 and ${MAX_PAGE}`, { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return size;
}

/** Days from `from` to `to`, both included, for fields that take a date range; 0 for others. */
function rangeDays(args: Record<string, unknown>): number {
  if (typeof args.from !== 'string' || typeof args.to !== 'string') return 0;
  const days = Math.floor((Date.parse(args.to) - Date.parse(args.from)) / 86_400_000) + 1;
  return Number.isFinite(days) ? Math.max(1, days) : 1;
}

/**
 * A field costs the items it reads plus, for each object it may return, one and what that object's
 * selection costs. Every field counts, aliased or not, so a request that names one expensive field
 * 490 times costs 490 times as much. List lengths: a page's `first` (as sent, variables included,
 * counted on the connection); a ranged field's buckets (days, weeks or months of its range);
 * other lists a default page.
 */
const estimateCost: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  if (field.name === '__schema' || field.name === '__type') return INTROSPECTION_COST;
  // A series' buckets are counted on the `series` field, which knows the range: here, one bucket.
  if (type.name === 'Series' && field.name === 'buckets') return childComplexity;
  const reads = rangeDays(args);
  const returnsList = isListType(getNullableType(field.type));
  const named = getNamedType(field.type);
  let items = 1;
  if (typeof args.first === 'number') items = Math.max(1, args.first);
  else if (type.name === 'Disagreement' && returnsList && !isLeafType(named)) items = DISAGREEMENT_CLAIMS;
  // A connection's edges are as many as its page, already counted on the connection.
  else if (returnsList && !isLeafType(named) && !named.name.endsWith('Edge')) {
    items = reads ? Math.ceil(reads / (BUCKET_DAYS[String(args.granularity)] ?? 1)) + 1 : DEFAULT_PAGE;
    if (field.name === 'series' && !args.source && !args.sourceGroup) items *= SIDES_COUNTED;
  }
  return reads + items * (1 + childComplexity);
};

/** What a request costs by the rules above; Infinity past MAX_ANALYSED_NODES. */
export function queryCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>, operationName?: string | null): number {
  try {
    return getComplexity({ schema, query: document, variables, operationName: operationName ?? undefined, estimators: [estimateCost], maxQueryNodes: MAX_ANALYSED_NODES });
  } catch {
    return Infinity;
  }
}

const tooCostly = (message: string) => new GraphQLError(message, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } } });

/**
 * Refuses a request that costs more than MAX_COST before anything runs. An Apollo plugin rather
 * than a validation rule, because the cost depends on the variables (`first: $n`), which
 * validation (cached per document) does not see.
 */
export const costLimit: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ request, document, schema, operationName }) {
        const cost = queryCost(schema, document, request.variables ?? {}, operationName);
        if (cost > MAX_COST) {
          const estimate = Number.isFinite(cost) ? `may cost about ${Math.round(cost)}` : `has more than ${MAX_ANALYSED_NODES} fields once its fragments are spread`;
          throw tooCostly(
            `the query ${estimate}, more than the ${MAX_COST} allowed (each field and list item counts, aliases included, and a series or disagreements one per day of its range): ask for fewer fields, smaller pages or shorter ranges`,
          );
        }
      },
    };
  },
};

/**
 * Refuses queries nested deeper than MAX_DEPTH, fragments followed. Introspection is exempt: its
 * type references nest deeply by design and its size is the schema's.
 */
export function depthLimit(context: ValidationContext): ASTVisitor {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of context.getDocument().definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  // A fragment's depth is the same wherever it is spread: computed once, so spreads inside
  // spreads cost linear time, not exponential.
  const fragmentDepths = new Map<string, number>();
  const depthOf = (selections: SelectionSetNode | undefined): number => {
    let deepest = 0;
    for (const selection of selections?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        if (!selection.name.value.startsWith('__')) deepest = Math.max(deepest, 1 + depthOf(selection.selectionSet));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        deepest = Math.max(deepest, depthOf(selection.selectionSet));
      } else {
        deepest = Math.max(deepest, fragmentDepth(selection.name.value));
      }
    }
    return deepest;
  };
  const fragmentDepth = (name: string): number => {
    const known = fragmentDepths.get(name);
    if (known !== undefined) return known;
    // A cycle counts 0 here; graphql's own NoFragmentCycles rule refuses it.
    fragmentDepths.set(name, 0);
    const depth = depthOf(fragments.get(name)?.selectionSet);
    fragmentDepths.set(name, depth);
    return depth;
  };
  return {
    OperationDefinition(node) {
      const depth = depthOf(node.selectionSet);
      if (depth > MAX_DEPTH) context.reportError(new GraphQLError(`the query is ${depth} levels deep; at most ${MAX_DEPTH} are allowed`, { nodes: [node] }));
      return false;
    },
  };
}
