import type { ReferencePoint } from '../store/store.js';

/**
 * Reads an official series file (JSON in the shape of the General Staff dataset, or CSV with
 * a `date` column and one column per category) into points. Throws an Error with a
 * human-readable message when the file cannot be read.
 */
export function parseReference(fileName: string, text: string): ReferencePoint[] {
  void fileName;
  void text;
  throw new Error('parseReference: not implemented yet');
}
