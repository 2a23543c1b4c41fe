import type { UnreadableDocument } from './document.js';

export type Decoded = { ok: true; text: string; warnings: string[] } | UnreadableDocument;

/**
 * Bytes to text: UTF-8 (with or without a byte-order mark) and UTF-16 with a mark are read
 * exactly; anything else is read as Windows-1252 with a warning, since that is what
 * mis-labelled Western news pages usually are. Binary files are refused.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return utf8(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), warnings: [] };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), warnings: [] };
  if (looksBinary(bytes)) return { ok: false, reason: 'the file is binary (it holds NUL or control bytes), not a text, Markdown or HTML article' };
  return utf8(bytes);
}

function utf8(bytes: Uint8Array): Decoded {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), warnings: [] };
  } catch {
    return {
      ok: true,
      text: new TextDecoder('windows-1252').decode(bytes),
      warnings: ['the file is not valid UTF-8; it was read as Windows-1252, so some characters may be wrong'],
    };
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
