package org.pactum.core.allocation.outcome;

import java.util.Map;
import java.util.Objects;

/**
 * The ground truth of SYNTHETIC placement histories ({@link SyntheticPlacements}): the true
 * probability that at least one adult of household {@code i} is employed within a year at
 * destination {@code d} is {@code sigmoid(z)}, with
 *
 * <pre>
 * z = −1.4
 *     + 0.5 × min(w, 2) − 2.0 × [w = 0]                  w: members aged 18 to 64
 *     + e                                               e: none −0.7, primary −0.3, secondary 0, tertiary +0.3
 *     − 0.6 × [medical needs]
 *     − 0.2 × [principal applicant female] − 0.5 × [principal applicant female] × [a member under 6]
 *     + 0.7 × [speaks a language of the destination]
 *     + 0.2 × [speaks English]
 *     − 0.15 × (U − 6)                                  U: unemployment, % of the labour force
 *     + 0.5 × ln(G / 45,000)                            G: GDP per capita, PPP
 *     + 0.25 × ln(1 + S / 10,000)                       S: co-nationals living at the destination
 *     + 0.6 × [tertiary] × [G ≥ 55,000]                  skilled work in high-income labour markets
 *     − 0.4 × [education primary or none] × [U ≥ 8]      low-skilled work scarce where unemployment is high
 *     + 0.3 × [S ≥ 50,000] × [speaks no language of the destination]   a network stands in for the language
 *     + 0.5 × [tied to the destination]
 *     + ε_i                                             ε_i ~ N(0, 0.5²), the household's unobserved employability
 * </pre>
 *
 * The coefficients are invented to be plausible in sign and size (they echo published findings:
 * language, education, networks and the local labour market matter, young children delay mothers'
 * employment); they are not estimated from any real data. {@code ε_i} is drawn once per household
 * and is known only to this oracle, never to a learnt model.
 */
public final class SyntheticGroundTruth implements OutcomeModel {

    private final Map<String, Double> unobserved;

    /** The oracle for the households whose unobserved employability {@code ε_i} is given by id. */
    public SyntheticGroundTruth(Map<String, Double> unobserved) {
        this.unobserved = Map.copyOf(Objects.requireNonNull(unobserved, "unobserved employability"));
    }

    @Override
    public String version() {
        return "synthetic-ground-truth-1";
    }

    @Override
    public double predict(CaseProfile household, DestinationProfile destination) {
        Double epsilon = unobserved.get(household.id());
        if (epsilon == null) {
            throw new IllegalArgumentException("the synthetic ground truth knows nothing of household " + household.id());
        }
        return sigmoid(observableLogit(household, destination) + epsilon);
    }

    /** The household's unobserved employability {@code ε_i}. */
    public double unobserved(String householdId) {
        return unobserved.getOrDefault(householdId, Double.NaN);
    }

    /** {@code z} without {@code ε_i}: everything the formula takes from the profiles. */
    public static double observableLogit(CaseProfile household, DestinationProfile destination) {
        double u = destination.unemployment();
        double g = destination.gdpPerCapitaPpp();
        if (Double.isNaN(u) || Double.isNaN(g)) {
            throw new IllegalArgumentException("the synthetic ground truth needs the unemployment and GDP per capita of destination " + destination.id());
        }
        AgeBands members = household.members();
        int w = members.workingAge();
        Education education = household.education();
        boolean female = household.principalGender() == Gender.FEMALE;
        boolean local = household.speaksAnyOf(destination.languages());
        double s = destination.coNationals(household.nationality());
        double z = -1.4 + 0.5 * Math.min(w, 2) - (w == 0 ? 2.0 : 0);
        z += switch (education) {
            case NONE -> -0.7;
            case PRIMARY -> -0.3;
            case SECONDARY -> 0;
            case TERTIARY -> 0.3;
        };
        z -= household.medicalNeeds() ? 0.6 : 0;
        z -= female ? 0.2 + (members.under6() > 0 ? 0.5 : 0) : 0;
        z += local ? 0.7 : 0;
        z += household.speaks("en") ? 0.2 : 0;
        z -= 0.15 * (u - 6);
        z += 0.5 * Math.log(g / 45_000);
        z += 0.25 * Math.log1p(s / 10_000);
        z += education == Education.TERTIARY && g >= 55_000 ? 0.6 : 0;
        z -= education.level() <= Education.PRIMARY.level() && u >= 8 ? 0.4 : 0;
        z += s >= 50_000 && !local ? 0.3 : 0;
        z += household.tiedTo().filter(destination.id()::equals).isPresent() ? 0.5 : 0;
        return z;
    }

    static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }
}
