/**
 * The extractor's version, recorded on every article it reads: raise it whenever the extractor
 * reads text differently, so re-extraction brings stored articles up to date. 3: the readings of
 * 2026-12-02 from unseen real articles (periods, claimants, sides, money). 4: the second reading of
 * unseen real articles that day (spelled scales, "others", war-start clauses, "the MoD"). 5: the
 * readings of seven more sets of unseen pages that evening (monthly rates, fronts dated by their
 * start, acting sides, list lead-ins with figures, spokesmen, "or" ranges of thousands).
 */
export const EXTRACTOR_VERSION = 5;
