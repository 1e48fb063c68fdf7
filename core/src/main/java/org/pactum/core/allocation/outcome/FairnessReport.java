package org.pactum.core.allocation.outcome;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.pactum.core.allocation.Instance;

/**
 * Who gains from an optimised allocation compared with a baseline (the quota-only rule), measured
 * with a given truth (for synthetic households, the ground truth; never the model that chose the
 * placements): per group, the expected number of households with an adult employed within a year
 * under each allocation. Groups: nationality, gender of the principal applicant and household size
 * (1, 2, 3-4, 5 or more persons), and everyone.
 */
public record FairnessReport(Group overall, List<Group> byNationality, List<Group> byGender, List<Group> bySize) {

    public FairnessReport {
        byNationality = List.copyOf(byNationality);
        byGender = List.copyOf(byGender);
        bySize = List.copyOf(bySize);
    }

    /** A group's households and their expected employed households under the baseline and the optimised allocation. */
    public record Group(String name, int households, double baseline, double optimised) {

        /** Expected additional households with an adult employed. */
        public double gain() {
            return optimised - baseline;
        }

        /** The gain relative to the baseline ({@code NaN} if the baseline expects nobody employed). */
        public double relativeGain() {
            return baseline == 0 ? Double.NaN : gain() / baseline;
        }
    }

    /**
     * @param households the households, in the order of {@code truth}'s households
     * @param truth      an instance whose scores are the true probabilities (its tie weights are ignored)
     * @param baseline   destination index of each household under the baseline
     * @param optimised  destination index of each household under the optimised allocation
     */
    public static FairnessReport of(List<CaseProfile> households, Instance truth, int[] baseline, int[] optimised) {
        int n = households.size();
        if (truth.households() != n || baseline.length != n || optimised.length != n) {
            throw new IllegalArgumentException("one placement per household under each allocation, and the truth for each");
        }
        for (int i = 0; i < n; i++) {
            if (!households.get(i).id().equals(truth.householdId(i))) {
                throw new IllegalArgumentException("household " + (i + 1) + " is " + households.get(i).id() + " but the truth's is " + truth.householdId(i));
            }
        }
        return new FairnessReport(
                groups(households, truth, baseline, optimised, h -> "all households").get(0),
                groups(households, truth, baseline, optimised, CaseProfile::nationality),
                groups(households, truth, baseline, optimised, h -> h.principalGender().word()),
                groups(households, truth, baseline, optimised, FairnessReport::sizeGroup));
    }

    static String sizeGroup(CaseProfile household) {
        int persons = household.persons();
        return persons == 1 ? "1 person" : persons == 2 ? "2 persons" : persons <= 4 ? "3-4 persons" : "5+ persons";
    }

    private static List<Group> groups(List<CaseProfile> households, Instance truth, int[] baseline, int[] optimised,
                                      Function<CaseProfile, String> groupOf) {
        Map<String, double[]> sums = new TreeMap<>();
        for (int i = 0; i < households.size(); i++) {
            double[] sum = sums.computeIfAbsent(groupOf.apply(households.get(i)), g -> new double[3]);
            sum[0]++;
            sum[1] += truth.score(i, baseline[i]);
            sum[2] += truth.score(i, optimised[i]);
        }
        List<Group> groups = new ArrayList<>();
        sums.forEach((name, sum) -> groups.add(new Group(name, (int) sum[0], sum[1], sum[2])));
        return groups;
    }
}
