import type { LegacyEncodings } from './legacy-encodings.js';
import type { UnreadableDocument } from './reader.js';

export type Decoded = { ok: true; text: string; encoding: string; warnings: string[] } | UnreadableDocument;

export interface DecodeHints {
  /** HTML pages may declare their encoding in a `<meta>` tag. */
  html: boolean;
  /** The object's Content-Type: its `charset` parameter is a declaration too. */
  contentType?: string;
}

/** Bytes read for a `<meta charset>` (the HTML standard's prescan reads 1,024). */
const META_PRESCAN_BYTES = 1024;

/**
 * Bytes to text. A byte-order mark decides; then an encoding the file declares (a Content-Type
 * charset, or for HTML a `<meta>` tag in its first 1,024 bytes, as browsers look for it); then
 * valid UTF-8 is UTF-8; anything else is detected from its byte statistics (chardet) and decoded
 * by iconv-lite, with a warning. Node's own TextDecoder is not used for legacy encodings: it
 * decodes Windows-1252's curly quotes and dashes (0x80–0x9F) as control characters.
 */
export function decodeText(bytes: Uint8Array, hints: DecodeHints, legacy: LegacyEncodings): Decoded {
  const bom = byteOrderMark(bytes);
  if (bom) return { ok: true, text: new TextDecoder(bom).decode(bytes), encoding: bom, warnings: [] };
  if (looksBinary(bytes)) return { ok: false, reason: 'the file is binary (it holds NUL or control bytes), not a text, Markdown or HTML article' };
  const declared = declaredEncoding(bytes, hints);
  if (declared.encoding && declared.encoding !== 'utf-8') return { ok: true, text: legacy.decode(bytes, declared.encoding), encoding: declared.encoding, warnings: [] };
  if (validUtf8(bytes)) return { ok: true, text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', warnings: declared.warnings };
  const detected = legacy.detect(bytes);
  const why = declared.encoding ? 'the file says it is UTF-8 but is not' : 'the file declares no encoding it can be read in and is not UTF-8';
  return {
    ok: true,
    text: legacy.decode(bytes, detected),
    encoding: detected,
    warnings: [...declared.warnings, `${why}; it was read as ${detected} (detected from its bytes), so some characters may be wrong`],
  };
}

/** Whether these bytes need a legacy encoding read (`legacy-encodings.ts`): no mark, and not UTF-8 or declared otherwise. */
export function needsLegacyEncoding(bytes: Uint8Array, hints: DecodeHints): boolean {
  if (byteOrderMark(bytes) || looksBinary(bytes)) return false;
  const declared = declaredEncoding(bytes, hints).encoding;
  return (declared !== null && declared !== 'utf-8') || !validUtf8(bytes);
}

function byteOrderMark(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/**
 * A charset the Content-Type or (in HTML) a `<meta>` tag declares, when it is one claimgraph
 * reads: UTF-8 and the one-byte encodings of European languages, Cyrillic included. (The CJK
 * encodings' tables are left out of the Lambda bundle: infra/bundling.ts.)
 */
function declaredEncoding(bytes: Uint8Array, hints: DecodeHints): { encoding: string | null; warnings: string[] } {
  const head = hints.html ? Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, META_PRESCAN_BYTES)).toString('latin1') : '';
  // `<meta charset="…">` or `<meta http-equiv="Content-Type" content="text/html; charset=…">`.
  const label = CHARSET.exec(hints.contentType ?? '')?.[1] ?? META_CHARSET.exec(head.replace(/<!--[\s\S]*?-->/g, ''))?.[1];
  if (!label) return { encoding: null, warnings: [] };
  const name = label.toLowerCase();
  const encoding = ENCODING_OF_LABEL[name] ?? name;
  if (READ_ENCODINGS.test(encoding)) return { encoding, warnings: [] };
  return { encoding: null, warnings: [`the file declares the ${label} encoding, which claimgraph does not read`] };
}

const READ_ENCODINGS = /^(?:utf-8|utf-16(?:le|be)?|windows-125[0-8]|iso-8859-(?:[1-9]|1[03-6])|koi8-[ru]|ibm866|cp866|macintosh|x-mac-cyrillic)$/;

/**
 * Labels read as the WHATWG Encoding standard (and so every browser) reads them: a page "in
 * Latin-1" with curly quotes is Windows-1252, its superset.
 */
const ENCODING_OF_LABEL: Record<string, string> = {
  utf8: 'utf-8',
  'iso-8859-1': 'windows-1252',
  latin1: 'windows-1252',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
  'iso-8859-9': 'windows-1254',
};
const CHARSET = /charset\s*=\s*["']?\s*([\w.:-]+)/i;
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i;

function validUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** NUL bytes, or many control characters in the first 8 KB, mean a binary file. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) control++;
  }
  return control > sample.length * 0.05;
}
