/**
 * The extractor's version, recorded on every article it reads: raise it whenever the extractor
 * reads text differently, so re-extraction brings stored articles up to date.
 */
export const EXTRACTOR_VERSION = 2;
