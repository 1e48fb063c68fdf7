package org.pactum.server.reference;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the reference data.
 *
 * @param loadBundled    load the reference data that ships inside Pactum on first start
 * @param restrictedData also load series (or the periods of a series) whose licence restricts
 *                       reuse, such as Frontex's monthly detections; {@code false} leaves them out of
 *                       the first load, for installations that have no permission to hold them
 */
@ConfigurationProperties("pactum.reference")
public record ReferenceSettings(boolean loadBundled, boolean restrictedData) {
}
