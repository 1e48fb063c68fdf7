package org.pactum.core.fairshare;

/**
 * What a key does when a participating state has no value for an indicator in the data year. The
 * published keys always {@link #FAIL}: a negotiated share must not rest on a silent guess.
 */
public enum WhenMissing {
    /** Report the gap as a problem naming the state and the indicator. */
    FAIL,
    /** Leave the state out of the key altogether; the others share its part. */
    SKIP_STATE,
    /** Use the state's latest value from an earlier year the caller supplied, if there is one. */
    USE_LATEST_EARLIER_YEAR,
    /** Count the state as having zero; only for direct indicators, where zero means "no share from this criterion". */
    USE_ZERO
}
