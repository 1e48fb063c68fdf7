package org.pactum.core.allocation.outcome;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.pactum.core.allocation.Household;

/**
 * What the reception authority knows of a household when it is placed, and what the outcome model
 * may use: its members by age band, the languages at least one member speaks (ISO 639 codes such
 * as {@code ar}, {@code en}), the highest education completed by an adult, whether a member has
 * medical needs, the nationality (ISO 3166 alpha-3) and the gender of the principal applicant, its
 * ties to a destination, and the service units it needs in each service dimension of the
 * allocation (as in {@link Household}). The id is a pseudonym, never a name.
 */
public record CaseProfile(String id, AgeBands members, Set<String> languages, Education education, boolean medicalNeeds,
                          String nationality, Gender principalGender, Optional<String> tiedTo, int[] needs) {

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}");

    public CaseProfile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(members, "members");
        Objects.requireNonNull(languages, "languages");
        Objects.requireNonNull(education, "education");
        Objects.requireNonNull(nationality, "nationality");
        Objects.requireNonNull(principalGender, "principal applicant's gender");
        Objects.requireNonNull(tiedTo, "tied to");
        Objects.requireNonNull(needs, "needs");
        if (id.isBlank()) {
            throw new IllegalArgumentException("a case needs an id");
        }
        for (String language : languages) {
            if (!LANGUAGE.matcher(language).matches()) {
                throw new IllegalArgumentException("case " + id + ": a language is a lower-case ISO 639 code such as ar or en, was '" + language + "'");
            }
        }
        if (!COUNTRY.matcher(nationality).matches()) {
            throw new IllegalArgumentException("case " + id + ": a nationality is an ISO 3166 alpha-3 code such as SYR, was '" + nationality + "'");
        }
        languages = Set.copyOf(new TreeSet<>(languages));
        needs = needs.clone();
        for (int need : needs) {
            if (need < 0) {
                throw new IllegalArgumentException("case " + id + " cannot need a negative number of service units: " + Arrays.toString(needs));
            }
        }
    }

    public int persons() {
        return members.persons();
    }

    public boolean speaks(String language) {
        return languages.contains(language);
    }

    /** Whether a member speaks at least one of {@code spoken}. */
    public boolean speaksAnyOf(Set<String> spoken) {
        for (String language : spoken) {
            if (languages.contains(language)) {
                return true;
            }
        }
        return false;
    }

    /** The household to place: same id, persons, needs and tie. */
    public Household household() {
        return new Household(id, persons(), needs, tiedTo);
    }

    @Override
    public int[] needs() {
        return needs.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CaseProfile c && c.id.equals(id) && c.members.equals(members) && c.languages.equals(languages)
                && c.education == education && c.medicalNeeds == medicalNeeds && c.nationality.equals(nationality)
                && c.principalGender == principalGender && c.tiedTo.equals(tiedTo) && Arrays.equals(c.needs, needs);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, members, languages, education, medicalNeeds, nationality, principalGender, tiedTo, Arrays.hashCode(needs));
    }

    @Override
    public String toString() {
        return "CaseProfile[" + id + ", " + members + ", speaks " + languages + ", " + education.word() + (medicalNeeds ? ", medical needs" : "")
                + ", " + nationality + ", principal " + principalGender.word() + tiedTo.map(t -> ", tied to " + t).orElse("")
                + ", needs " + Arrays.toString(needs) + "]";
    }
}
