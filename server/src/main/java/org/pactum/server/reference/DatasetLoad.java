package org.pactum.server.reference;

import java.time.Instant;

/** The record that one edition of a dataset was loaded: when, by whom, and how many rows. */
public record DatasetLoad(String dataset, String edition, long rowCount, Instant loadedAt, String loadedBy) {
}
