// Checks of query arguments, answered as BAD_USER_INPUT.
import { GraphQLError } from 'graphql';

export const badInput = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });

/** The longest range a series may span, so one request stays cheap. */
export const MAX_SERIES_DAYS = 3700;

export function checkRange(from: string, to: string, maxDays?: number) {
  if (from > to) throw badInput(`"from" (${from}) is after "to" (${to})`);
  if (maxDays && (Date.parse(to) - Date.parse(from)) / 86_400_000 > maxDays) throw badInput(`the range may span at most ${maxDays} days`);
}
