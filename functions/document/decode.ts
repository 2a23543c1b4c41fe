import chardet from 'chardet';
import iconv from 'iconv-lite';
import type { UnreadableDocument } from './document.js';

export type Decoded = { ok: true; text: string; encoding: string; warnings: string[] } | UnreadableDocument;

export interface DecodeHints {
  /** HTML pages may declare their encoding in a `<meta>` tag. */
  html: boolean;
  /** The object's Content-Type: its `charset` parameter is a declaration too. */
  contentType?: string;
}

/** Bytes read for a `<meta charset>` (the HTML standard's prescan reads 1,024) and for detection. */
const META_PRESCAN_BYTES = 1024;
const DETECTION_SAMPLE_BYTES = 64 * 1024;

/**
 * Bytes to text. A byte-order mark decides; then an encoding the file declares (a Content-Type
 * charset, or for HTML a `<meta>` tag in its first 1,024 bytes, as browsers look for it); then
 * valid UTF-8 is UTF-8; anything else is detected from its byte statistics (chardet) and decoded
 * by iconv-lite, with a warning. Node's own TextDecoder is not used for legacy encodings: it
 * decodes Windows-1252's curly quotes and dashes (0x80–0x9F) as control characters.
 */
export function decodeText(bytes: Uint8Array, hints: DecodeHints): Decoded {
  const bom = byteOrderMark(bytes);
  if (bom) return decoded(bytes, bom, []);
  if (looksBinary(bytes)) return { ok: false, reason: 'the file is binary (it holds NUL or control bytes), not a text, Markdown or HTML article' };

  const declared = declaredEncoding(bytes, hints);
  const isUtf8 = validUtf8(bytes);
  if (declared && declared !== 'utf-8') return decoded(bytes, declared, []);
  if (isUtf8) return decoded(bytes, 'utf-8', []);
  const detected = detectedEncoding(bytes);
  const why = declared ? 'the file says it is UTF-8 but is not' : 'the file declares no encoding and is not UTF-8';
  return decoded(bytes, detected, [`${why}; it was read as ${detected} (detected from its bytes), so some characters may be wrong`]);
}

function decoded(bytes: Uint8Array, encoding: string, warnings: string[]): Decoded {
  // iconv-lite strips a byte-order mark by default.
  return { ok: true, text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding), encoding, warnings };
}

function byteOrderMark(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** A charset the Content-Type or (in HTML) a `<meta>` tag declares, as an encoding iconv-lite can decode. */
function declaredEncoding(bytes: Uint8Array, hints: DecodeHints): string | null {
  const head = hints.html ? Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, META_PRESCAN_BYTES)).toString('latin1') : '';
  // `<meta charset="…">` or `<meta http-equiv="Content-Type" content="text/html; charset=…">`.
  const label = CHARSET.exec(hints.contentType ?? '')?.[1] ?? META_CHARSET.exec(head.replace(/<!--[\s\S]*?-->/g, ''))?.[1];
  if (!label) return null;
  const name = label.toLowerCase();
  const encoding = ENCODING_OF_LABEL[name] ?? name;
  return iconv.encodingExists(encoding) ? encoding : null;
}

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

/**
 * The likeliest encoding by chardet's byte statistics, among those news about the war arrives in.
 * On short texts the statistics are weak (French Latin-1 scores as Central European), so
 * Windows-1252 — what mislabelled Western pages usually are, and a superset of Latin-1 whose
 * 0x80–0x9F are quotes and dashes — wins unless another encoding is clearly likelier.
 */
function detectedEncoding(bytes: Uint8Array): string {
  const candidates = chardet.analyse(bytes.subarray(0, DETECTION_SAMPLE_BYTES)).filter((match) => PLAUSIBLE.has(match.name.toLowerCase()));
  const western = Math.max(0, ...candidates.filter((match) => WESTERN.has(match.name.toLowerCase())).map((match) => match.confidence));
  const best = candidates[0];
  if (!best || WESTERN.has(best.name.toLowerCase()) || western >= best.confidence - WESTERN_MARGIN) return 'windows-1252';
  return best.name.toLowerCase();
}

const WESTERN = new Set(['windows-1252', 'iso-8859-1', 'iso-8859-15']);
const PLAUSIBLE = new Set([...WESTERN, 'windows-1251', 'koi8-r', 'koi8-u', 'iso-8859-5', 'windows-1250', 'iso-8859-2']);
/** Points of chardet's confidence (0–100) by which another encoding must beat the Western ones. */
const WESTERN_MARGIN = 10;

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
