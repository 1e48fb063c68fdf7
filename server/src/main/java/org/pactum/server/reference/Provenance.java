package org.pactum.server.reference;

/** Where a series comes from: the publisher, the edition loaded, the licence and a link. */
public record Provenance(String source, String edition, String licence, String sourceUrl) {

    public Provenance {
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("A series must name its source");
        }
        edition = edition == null ? "" : edition;
        licence = licence == null ? "" : licence;
        sourceUrl = sourceUrl == null ? "" : sourceUrl;
    }
}
