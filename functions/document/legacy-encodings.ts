// The encodings before UTF-8, read by iconv-lite and told apart by chardet: loaded only for a file
// that is not UTF-8 (functions/document/lazy.ts), since most articles are.
import chardet from 'chardet';
import iconv from 'iconv-lite';

/** Bytes read for detection. */
const DETECTION_SAMPLE_BYTES = 64 * 1024;

export interface LegacyEncodings {
  decode(bytes: Uint8Array, encoding: string): string;
  detect(bytes: Uint8Array): string;
}

export const legacyEncodings: LegacyEncodings = {
  // iconv-lite strips a byte-order mark by default.
  decode: (bytes, encoding) => iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding),
  detect: detectedEncoding,
};

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
