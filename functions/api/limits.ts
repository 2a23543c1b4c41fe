import { GraphQLError, Kind, getNamedType, getNullableType, isListType, type ASTVisitor, type ValidationContext } from 'graphql';

export const DEFAULT_PAGE = 20;
export const MAX_PAGE = 100;
export const MAX_DEPTH = 8;
/** Roughly the number of objects a response may hold: list fields count their page size. */
export const MAX_COST = 20_000;

/** Page sizes: default 20, at most 100. */
export function pageSize(first: number | null | undefined): number {
  const size = first ?? DEFAULT_PAGE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE) {
    throw new GraphQLError(`"first" must be between 1 and ${MAX_PAGE}`, { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return size;
}

/**
 * Refuses queries nested deeper than MAX_DEPTH or costing more than MAX_COST before they run.
 * A field costs the product of the page sizes of the lists above it (and its own), so
 * `articles(first: 100) { edges { node { claims { … } } } }` costs what it may return.
 */
export function queryLimits(context: ValidationContext): ASTVisitor {
  const multipliers: number[] = [1];
  let cost = 0;
  let depth = 0;
  let maxDepth = 0;
  return {
    Field: {
      enter(node) {
        const type = context.getType();
        const named = type ? getNamedType(type) : undefined;
        const first = node.arguments?.find((a) => a.name.value === 'first');
        const isList = Boolean(type && isListType(getNullableType(type)));
        const isConnection = Boolean(named?.name.endsWith('Connection'));
        const pageOf = first?.value.kind === Kind.INT ? Number(first.value.value) : isList || isConnection ? DEFAULT_PAGE : 1;
        // A connection's edges list is as long as its page, already counted on the connection.
        const multiplier = named?.name.endsWith('Edge') ? 1 : pageOf;
        const current = multipliers[multipliers.length - 1]! * multiplier;
        multipliers.push(current);
        cost += current;
        depth++;
        maxDepth = Math.max(maxDepth, depth);
      },
      leave() {
        multipliers.pop();
        depth--;
      },
    },
    OperationDefinition: {
      leave(node) {
        if (maxDepth > MAX_DEPTH) {
          context.reportError(new GraphQLError(`the query is ${maxDepth} levels deep; at most ${MAX_DEPTH} are allowed`, { nodes: [node] }));
        }
        if (cost > MAX_COST) {
          context.reportError(new GraphQLError(`the query may return about ${cost} objects; at most ${MAX_COST} are allowed`, { nodes: [node] }));
        }
        cost = 0;
        maxDepth = 0;
      },
    },
  };
}
