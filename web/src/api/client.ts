// GraphQL over plain fetch, typed by the operation types `npm run codegen` generates from schema.graphql.
import { useEffect, useState } from 'preact/hooks';

export class GraphqlError extends Error {}

/** Posts one operation to this server's /graphql (the local API, or the signing proxy to a deployed one). */
export async function request<TData, TVariables extends object = Record<string, never>>(query: string, variables?: TVariables, signal?: AbortSignal): Promise<TData> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
    signal,
  });
  let body: { data?: TData; errors?: Array<{ message: string }>; error?: string };
  try {
    body = await response.json();
  } catch {
    throw new GraphqlError(`the API answered HTTP ${response.status} without JSON`);
  }
  if (body.errors?.length) throw new GraphqlError(body.errors.map((e) => e.message).join('; '));
  if (!response.ok || !body.data) throw new GraphqlError(body.error ?? `the API answered HTTP ${response.status}`);
  return body.data;
}

export interface QueryState<T> {
  data: T | null;
  error: string | null;
  loading: boolean;
}

/**
 * Runs a query whenever its variables change (compared as JSON), dropping answers to earlier
 * variables. `skip` leaves it idle.
 */
export function useQuery<TData, TVariables extends object>(query: string, variables: TVariables, options: { skip?: boolean; reload?: number } = {}): QueryState<TData> {
  const [state, setState] = useState<QueryState<TData>>({ data: null, error: null, loading: !options.skip });
  const key = JSON.stringify(variables);
  useEffect(() => {
    if (options.skip) {
      setState({ data: null, error: null, loading: false });
      return;
    }
    const controller = new AbortController();
    setState((previous) => ({ data: previous.data, error: null, loading: true }));
    request<TData, TVariables>(query, variables, controller.signal).then(
      (data) => setState({ data, error: null, loading: false }),
      (error: Error) => {
        if (!controller.signal.aborted) setState({ data: null, error: error.message, loading: false });
      },
    );
    return () => controller.abort();
  }, [query, key, options.skip, options.reload]);
  return state;
}
