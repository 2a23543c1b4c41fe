// The document reader with every reader loaded: for the CLI and tests. The ingest loads the
// heavier ones only when a file needs them (lazy.ts).
import { readHtml } from './html.js';
import { legacyEncodings } from './legacy-encodings.js';
import { readDocumentWith, type DocumentInput, type ReadDocument, type UnreadableDocument } from './reader.js';

export * from './reader.js';

/** Tells the format apart, decodes and cleans an article file. Synchronous; never throws. */
export const readDocument = (input: DocumentInput, limit?: number): ReadDocument | UnreadableDocument =>
  readDocumentWith({ legacy: legacyEncodings, html: readHtml }, input, limit);
