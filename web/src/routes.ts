// The workbench's views: each has a URL of its own, so it can be linked and bookmarked.
export const VIEWS = [
  { path: '/', label: 'Drop' },
  { path: '/latest', label: 'Latest' },
  { path: '/series', label: 'Series' },
  { path: '/disagreements', label: 'Disagreements' },
  { path: '/article', label: 'Article' },
  { path: '/claims', label: 'Claims' },
  { path: '/ingest', label: 'Ingest' },
] as const;

export type ViewPath = (typeof VIEWS)[number]['path'];
