package org.pactum.server.reference;

import java.util.List;
import java.util.Optional;
import org.pactum.server.reference.internal.ReferenceRepository;
import org.pactum.server.support.PageRequest;
import org.pactum.server.support.PageSlice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads countries, series and observations for every other capability and for the public. */
@Service
@Transactional(readOnly = true)
public class ReferenceCatalog {

    private final ReferenceRepository repository;

    ReferenceCatalog(ReferenceRepository repository) {
        this.repository = repository;
    }

    public Optional<Country> country(String iso3) {
        return iso3 == null ? Optional.empty() : repository.findCountry(iso3.toUpperCase(java.util.Locale.ROOT));
    }

    public List<Country> countries() {
        return repository.findCountries();
    }

    public Optional<Indicator> indicator(String code) {
        return code == null ? Optional.empty() : repository.findIndicator(code);
    }

    public List<Indicator> indicators() {
        return repository.findIndicators();
    }

    public PageSlice<Observation> observations(ObservationQuery query, PageRequest page) {
        return repository.findObservations(query, page);
    }

    /** The whole series of one indicator for one country (single-country series), oldest first. */
    public List<Observation> series(String indicatorCode, String iso3) {
        return repository.findSeries(indicatorCode, iso3);
    }

    /** The most recent observation of a single-country series, if any. */
    public Optional<Observation> latest(String indicatorCode, String iso3) {
        List<Observation> series = series(indicatorCode, iso3);
        return series.isEmpty() ? Optional.empty() : Optional.of(series.get(series.size() - 1));
    }

    /** The value of a single-country series in one period, if observed. */
    public Optional<Observation> value(String indicatorCode, String iso3, Period period) {
        return series(indicatorCode, iso3).stream().filter(o -> o.period().equals(period)).findFirst();
    }

    /** The sum of a pair series over all partners of a country in one period (e.g. applications from every origin). */
    public Optional<Double> sumOverPartners(String indicatorCode, String iso3, Period period) {
        return repository.sumOverPartners(indicatorCode, iso3, period.code());
    }

    /** The whole series of a pair indicator for one ordered pair of countries, oldest first. */
    public List<Observation> pairSeries(String indicatorCode, String iso3, String partnerIso3) {
        return repository.findAllObservations(new ObservationQuery(Optional.of(indicatorCode), Optional.of(iso3),
                Optional.of(partnerIso3), Optional.empty(), Optional.empty()));
    }

    /**
     * Every observation matching the query, unpaged (for whole-series computations such as
     * corridor reports; one bundled series holds at most some tens of thousands of rows).
     */
    public List<Observation> allObservations(ObservationQuery query) {
        return repository.findAllObservations(query);
    }

    /** Which bundled or imported editions are loaded, by dataset. */
    public List<DatasetLoad> loadedDatasets() {
        return repository.findDatasetLoads();
    }
}
