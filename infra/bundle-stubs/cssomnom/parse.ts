// Stands in for linkedom's CSS parser in the ingest bundle. linkedom only parses a <style>
// element's text when its `sheet` is read, which Readability and our reader never do; leaving
// the parser out saves ~195 KB of bundle. Reading a sheet fails loudly rather than silently.
export function parse(): never {
  throw new Error('CSS stylesheets are not parsed in the claimgraph ingest bundle');
}
