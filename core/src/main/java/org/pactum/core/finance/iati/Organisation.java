package org.pactum.core.finance.iati;

import java.util.Objects;
import java.util.Optional;

/**
 * An organisation as IATI names it: its organisation identifier (for example {@code "XM-DAC-5-7"}
 * for Germany's federal ministry for economic cooperation), its IATI OrganisationType code
 * ({@code "10"} government, {@code "40"} multilateral, …) and its name.
 */
public record Organisation(Optional<String> ref, Optional<String> type, String name) {

    public Organisation {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(type, "type");
        Codes.required(name, "organisation.name");
    }

    public static Organisation of(String ref, String type, String name) {
        return new Organisation(Optional.of(Codes.required(ref, "organisation.ref")), Optional.of(Codes.required(type, "organisation.type")), name);
    }
}
