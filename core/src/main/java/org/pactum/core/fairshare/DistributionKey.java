package org.pactum.core.fairshare;

import java.util.List;
import java.util.Optional;

/**
 * A rule for sharing out responsibility among states: which statistics count, with what weight and
 * in which direction, as written in a legal text or chosen by a negotiator. Every key states its
 * formula and its legal source, so that a published share can be traced back to the law it applies.
 *
 * <p>The closed set: the four published keys Pactum knows ({@link EuAmmr2024Key},
 * {@link EuRelocation2015Key}, {@link KoenigsteinKey}, {@link DublinIv2016Key}) and keys a user
 * defines ({@link CustomKey}). Keys produce shares; turning shares into whole persons is the job of
 * an apportionment method ({@code org.pactum.core.apportionment}).
 *
 * <pre>{@code
 * FairShares shares = new EuAmmr2024Key().compute(Participants.of(eu27).excluding(benefitting), data);
 * }</pre>
 */
public sealed interface DistributionKey permits EuAmmr2024Key, EuRelocation2015Key, KoenigsteinKey, DublinIv2016Key, CustomKey {

    /** A stable identifier, such as {@code eu-ammr-2024}. */
    String id();

    /** A title a negotiator recognises. */
    String title();

    /** The formula in words and symbols. */
    String formula();

    /** The legal text (and articles) the key comes from, or that it is user-defined. */
    String legalSource();

    /** The weighted indicators the key is made of. */
    List<Criterion> criteria();

    /**
     * Each participating state's share for the data year.
     *
     * @throws KeyValidationException listing every state and indicator whose data does not allow it
     */
    default FairShares compute(Participants participants, IndicatorData data) {
        return WeightedCriteria.compute(id(), criteria(), participants.sharing(), data);
    }

    /** The published key with this identifier, in the form its legal source describes. */
    static Optional<DistributionKey> published(String id) {
        List<DistributionKey> published = List.of(new EuAmmr2024Key(), EuRelocation2015Key.asDescribedByTheCommission(),
                new KoenigsteinKey(), new DublinIv2016Key());
        return published.stream().filter(key -> key.id().equals(id)).findFirst();
    }
}
