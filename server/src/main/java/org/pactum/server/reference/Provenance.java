package org.pactum.server.reference;

/**
 * Where a series comes from: the publisher, the edition loaded last, the licence, a link, and any
 * restriction the licence puts on reuse.
 */
public record Provenance(String source, String edition, String licence, String sourceUrl, UseRestriction restriction) {

    public Provenance {
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("A series must name its source");
        }
        edition = edition == null ? "" : edition;
        licence = licence == null ? "" : licence;
        sourceUrl = sourceUrl == null ? "" : sourceUrl;
        restriction = restriction == null ? UseRestriction.NONE : restriction;
    }
}
