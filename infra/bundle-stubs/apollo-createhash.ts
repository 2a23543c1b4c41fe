// Stands in for @apollo/utils.createhash in the API bundle. The original uses Node's crypto only
// through `module.require`, which esbuild's module wrapper lacks, so bundled it hashed every
// query with sha.js, a SHA-256 written in JavaScript. Lambda always has Node's crypto.
import { createHash as nodeCreateHash, type Hash } from 'node:crypto';

export function createHash(kind: string): Hash {
  return nodeCreateHash(kind);
}
