package org.pactum.core.allocation.outcome;

import java.util.List;

/**
 * The features a learnt outcome model sees for one household at one destination, in this order
 * (numbers as floats; {@code NaN} where a destination indicator is unknown, which the trees treat
 * as missing). Nationality is deliberately not a feature: the model sees a household's origin only
 * through the size of its co-national network at the destination and through its languages.
 */
public final class Features {

    /** Feature names, in the order of {@link #write}. */
    public static final List<String> NAMES = List.of(
            "persons", "members under 6", "members 6-17", "members 18-34", "members 35-64", "members 65+",
            "education level (0 none .. 3 tertiary)", "medical needs", "principal applicant female",
            "languages spoken", "speaks a language of the destination", "speaks English", "tied to the destination",
            "unemployment %", "GDP per capita PPP", "co-national migrant stock");

    public static final int COUNT = NAMES.size();

    private Features() {
    }

    /** Writes the {@link #COUNT} features of the pair into {@code row} from {@code offset}. */
    public static void write(CaseProfile household, DestinationProfile destination, float[] row, int offset) {
        AgeBands members = household.members();
        row[offset] = members.persons();
        row[offset + 1] = members.under6();
        row[offset + 2] = members.from6to17();
        row[offset + 3] = members.from18to34();
        row[offset + 4] = members.from35to64();
        row[offset + 5] = members.from65();
        row[offset + 6] = household.education().level();
        row[offset + 7] = household.medicalNeeds() ? 1 : 0;
        row[offset + 8] = household.principalGender() == Gender.FEMALE ? 1 : 0;
        row[offset + 9] = household.languages().size();
        row[offset + 10] = household.speaksAnyOf(destination.languages()) ? 1 : 0;
        row[offset + 11] = household.speaks("en") ? 1 : 0;
        row[offset + 12] = household.tiedTo().filter(destination.id()::equals).isPresent() ? 1 : 0;
        row[offset + 13] = (float) destination.unemployment();
        row[offset + 14] = (float) destination.gdpPerCapitaPpp();
        row[offset + 15] = destination.coNationals(household.nationality());
    }
}
