import { GraphQLError, Kind, type ASTVisitor, type FragmentDefinitionNode, type SelectionSetNode, type ValidationContext } from 'graphql';

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

/** Refuses queries nested deeper than MAX_DEPTH or costing more than MAX_COST before they run. */
export function queryLimits(context: ValidationContext): ASTVisitor {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of context.getDocument().definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const measure = (set: SelectionSetNode | undefined, depth: number, seen: Set<string>): { depth: number; cost: number } => {
    if (!set) return { depth, cost: 0 };
    let maxDepth = depth;
    let cost = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const first = selection.arguments?.find((a) => a.name.value === 'first');
        const multiplier = first?.value.kind === Kind.INT ? Number(first.value.value) : selection.selectionSet ? DEFAULT_PAGE : 1;
        const inner = measure(selection.selectionSet, depth + 1, seen);
        maxDepth = Math.max(maxDepth, inner.depth);
        cost += selection.selectionSet ? 1 + multiplier * inner.cost : 1;
      } else {
        const fragment =
          selection.kind === Kind.INLINE_FRAGMENT ? selection : seen.has(selection.name.value) ? undefined : fragments.get(selection.name.value);
        if (!fragment) continue;
        const inner = measure(fragment.selectionSet, depth, new Set([...seen, selection.kind === Kind.FRAGMENT_SPREAD ? selection.name.value : '']));
        maxDepth = Math.max(maxDepth, inner.depth);
        cost += inner.cost;
      }
    }
    return { depth: maxDepth, cost };
  };
  return {
    OperationDefinition(node) {
      const { depth, cost } = measure(node.selectionSet, 0, new Set());
      if (depth > MAX_DEPTH) {
        context.reportError(new GraphQLError(`the query is ${depth} levels deep; at most ${MAX_DEPTH} are allowed`, { nodes: [node], extensions: { code: 'QUERY_TOO_DEEP' } }));
      }
      if (cost > MAX_COST) {
        context.reportError(new GraphQLError(`the query may return about ${cost} objects; at most ${MAX_COST} are allowed`, { nodes: [node], extensions: { code: 'QUERY_TOO_COSTLY' } }));
      }
    },
  };
}
