// The document reader as the ingest runs it: HTML parsing (linkedom, Readability) and the legacy
// encodings (iconv-lite, chardet) are loaded the first time a file needs them, so a cold start
// that reads a UTF-8 text article does not pay for them (docs/benchmarks.md, bundles).
import { readDocumentWith, readersNeeded, type DocumentInput, type DocumentReaders, type ReadDocument, type UnreadableDocument } from './reader.js';

/** Stands in for a reader the file does not need; reaching it would be a bug, which the reader turns into a reason. */
const notLoaded = (name: string) => () => {
  throw new Error(`the ${name} reader was not loaded`);
};

export async function readDocumentLazily(input: DocumentInput, limit?: number): Promise<ReadDocument | UnreadableDocument> {
  const needed = readersNeeded(input);
  const readers: DocumentReaders = {
    legacy: needed.legacy ? (await import('./legacy-encodings.js')).legacyEncodings : { decode: notLoaded('legacy encoding'), detect: notLoaded('legacy encoding') },
    html: needed.html ? (await import('./html.js')).readHtml : notLoaded('HTML'),
  };
  return readDocumentWith(readers, input, limit);
}
