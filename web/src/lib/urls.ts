// Links between views: every view keeps its state in its URL.
export function viewUrl(path: string, params: Record<string, string | number | null | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== null && value !== undefined && value !== '') query.set(key, String(value));
  const search = query.toString();
  return search ? `${path}?${search}` : path;
}

export const articleUrl = (id: string, claim?: string) => viewUrl('/article', { id, claim });
