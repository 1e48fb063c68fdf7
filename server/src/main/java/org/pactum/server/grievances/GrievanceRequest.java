package org.pactum.server.grievances;

/**
 * A complaint as filed through the form or the API. Only {@code category}, {@code place} and
 * {@code description} are required; {@code language} is the language of the form ({@code en},
 * {@code fr}, {@code es} or {@code ar}).
 */
public record GrievanceRequest(String category, String place, String agreement, String party, String description, String contact,
        String language) {
}
