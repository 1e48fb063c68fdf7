package org.pactum.server.reference.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pactum.server.reference.Country;
import org.pactum.server.reference.DatasetLoad;
import org.pactum.server.reference.Dimension;
import org.pactum.server.reference.Frequency;
import org.pactum.server.reference.Indicator;
import org.pactum.server.reference.Observation;
import org.pactum.server.reference.ObservationQuery;
import org.pactum.server.reference.Period;
import org.pactum.server.reference.Provenance;
import org.pactum.server.reference.UseRestriction;
import org.pactum.server.support.PageRequest;
import org.pactum.server.support.PageSlice;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rows of the reference tables, mapped to and from the domain records. */
@Repository
public class ReferenceRepository {

    private static final String COUNTRY_COLUMNS = "iso3, iso2, numeric_code, name_en, name_fr, name_es, name_ru, "
            + "name_zh, name_ar, region, sub_region, eu_member, schengen_member";
    private static final String INDICATOR_COLUMNS =
            "code, name, unit, dimension, pair_meaning, frequency, source, edition, licence, source_url, restriction, "
            + "restricted_through";

    private final JdbcClient jdbc;

    public ReferenceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Country> findCountry(String iso3) {
        return jdbc.sql("SELECT " + COUNTRY_COLUMNS + " FROM country WHERE iso3 = ?")
                .param(iso3).query(ReferenceRepository::country).optional();
    }

    public List<Country> findCountries() {
        return jdbc.sql("SELECT " + COUNTRY_COLUMNS + " FROM country ORDER BY name_en")
                .query(ReferenceRepository::country).list();
    }

    public Optional<Indicator> findIndicator(String code) {
        return jdbc.sql("SELECT " + INDICATOR_COLUMNS + " FROM indicator WHERE code = ?")
                .param(code).query(ReferenceRepository::indicator).optional();
    }

    public List<Indicator> findIndicators() {
        return jdbc.sql("SELECT " + INDICATOR_COLUMNS + " FROM indicator ORDER BY code")
                .query(ReferenceRepository::indicator).list();
    }

    public List<Observation> findSeries(String indicatorCode, String iso3) {
        return jdbc.sql("SELECT indicator_code, country_iso3, partner_iso3, period, obs_value, edition FROM observation "
                        + "WHERE indicator_code = ? AND country_iso3 = ? AND partner_iso3 = '' ORDER BY period_start")
                .param(indicatorCode).param(iso3).query(ReferenceRepository::observation).list();
    }

    public Optional<Double> sumOverPartners(String indicatorCode, String iso3, String period) {
        return jdbc.sql("SELECT SUM(obs_value) FROM observation WHERE indicator_code = ? AND country_iso3 = ? "
                        + "AND partner_iso3 <> '' AND period = ?")
                .params(indicatorCode, iso3, period).query((rs, n) -> {
                    double sum = rs.getDouble(1);
                    return rs.wasNull() ? null : sum;
                }).optional();
    }

    public PageSlice<Observation> findObservations(ObservationQuery query, PageRequest page) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(query, params);
        long total = jdbc.sql("SELECT COUNT(*) FROM observation" + where).params(params).query(Long.class).single();
        List<Observation> items = jdbc.sql("SELECT indicator_code, country_iso3, partner_iso3, period, obs_value, edition "
                        + "FROM observation" + where
                        + " ORDER BY indicator_code, country_iso3, partner_iso3, period_start"
                        + " LIMIT " + page.size() + " OFFSET " + page.offset())
                .params(params).query(ReferenceRepository::observation).list();
        return new PageSlice<>(items, page.page(), page.size(), total);
    }

    /** Every observation matching the query, unpaged, ordered by series, country, partner and period. */
    public List<Observation> findAllObservations(ObservationQuery query) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(query, params);
        return jdbc.sql("SELECT indicator_code, country_iso3, partner_iso3, period, obs_value, edition FROM observation" + where
                        + " ORDER BY indicator_code, country_iso3, partner_iso3, period_start")
                .params(params).query(ReferenceRepository::observation).list();
    }

    private static String where(ObservationQuery query, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        query.indicator().ifPresent(code -> {
            where.append(" AND indicator_code = :indicator");
            params.put("indicator", code);
        });
        query.country().ifPresent(iso3 -> {
            where.append(" AND country_iso3 = :country");
            params.put("country", iso3);
        });
        query.partner().ifPresent(iso3 -> {
            where.append(" AND partner_iso3 = :partner");
            params.put("partner", iso3);
        });
        query.from().ifPresent(from -> {
            where.append(" AND period_start >= :from");
            params.put("from", Date.valueOf(from.start()));
        });
        query.to().ifPresent(to -> {
            where.append(" AND period_start < :to");
            params.put("to", Date.valueOf(to.endExclusive()));
        });
        return where.toString();
    }

    public List<DatasetLoad> findDatasetLoads() {
        return jdbc.sql("SELECT dataset, edition, row_count, loaded_at, loaded_by FROM dataset_load ORDER BY dataset")
                .query((rs, n) -> new DatasetLoad(rs.getString(1), rs.getString(2), rs.getLong(3),
                        rs.getTimestamp(4).toInstant(), rs.getString(5)))
                .list();
    }

    public Optional<String> loadedEdition(String dataset) {
        return jdbc.sql("SELECT edition FROM dataset_load WHERE dataset = ?").param(dataset)
                .query(String.class).optional();
    }

    public void recordLoad(String dataset, String edition, long rows, String actor) {
        jdbc.sql("DELETE FROM dataset_load WHERE dataset = ?").param(dataset).update();
        jdbc.sql("INSERT INTO dataset_load (dataset, edition, row_count, loaded_at, loaded_by) VALUES (?, ?, ?, ?, ?)")
                .params(dataset, edition, rows, Timestamp.from(java.time.Instant.now()), actor).update();
    }

    public void saveCountry(Country c) {
        jdbc.sql("DELETE FROM country WHERE iso3 = ?").param(c.iso3()).update();
        jdbc.sql("INSERT INTO country (" + COUNTRY_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(c.iso3(), c.iso2(), c.numericCode(), c.names().get("en"), name(c, "fr"), name(c, "es"),
                        name(c, "ru"), name(c, "zh"), name(c, "ar"), c.region(), c.subRegion(), c.euMember(),
                        c.schengenMember())
                .update();
    }

    public void saveIndicator(Indicator i) {
        Provenance p = i.provenance();
        int updated = jdbc.sql("UPDATE indicator SET name = ?, unit = ?, dimension = ?, pair_meaning = ?, frequency = ?, "
                        + "source = ?, edition = ?, licence = ?, source_url = ?, restriction = ?, restricted_through = ? WHERE code = ?")
                .params(i.name(), i.unit(), i.dimension().name(), i.pairMeaning(), i.frequency().name(), p.source(),
                        p.edition(), p.licence(), p.sourceUrl(), p.restriction().terms(), through(p), i.code())
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO indicator (" + INDICATOR_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(i.code(), i.name(), i.unit(), i.dimension().name(), i.pairMeaning(), i.frequency().name(),
                            p.source(), p.edition(), p.licence(), p.sourceUrl(), p.restriction().terms(), through(p))
                    .update();
        }
    }

    public void updateEdition(String indicatorCode, String edition) {
        jdbc.sql("UPDATE indicator SET edition = ? WHERE code = ?").params(edition, indicatorCode).update();
    }

    public int deleteObservations(String indicatorCode) {
        return jdbc.sql("DELETE FROM observation WHERE indicator_code = ?").param(indicatorCode).update();
    }

    private static String through(Provenance p) {
        return p.restriction().through().map(Period::code).orElse("");
    }

    private static String name(Country c, String language) {
        return c.names().getOrDefault(language, c.names().get("en"));
    }

    static Country country(ResultSet rs, int row) throws SQLException {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("en", rs.getString("name_en"));
        for (String language : List.of("fr", "es", "ru", "zh", "ar")) {
            String name = rs.getString("name_" + language);
            if (name != null && !name.isBlank()) {
                names.put(language, name);
            }
        }
        return new Country(rs.getString("iso3"), rs.getString("iso2"), rs.getString("numeric_code"), names,
                rs.getString("region"), rs.getString("sub_region"), rs.getBoolean("eu_member"),
                rs.getBoolean("schengen_member"));
    }

    static Indicator indicator(ResultSet rs, int row) throws SQLException {
        return new Indicator(rs.getString("code"), rs.getString("name"), rs.getString("unit"),
                Dimension.valueOf(rs.getString("dimension")), rs.getString("pair_meaning"),
                Frequency.valueOf(rs.getString("frequency")),
                new Provenance(rs.getString("source"), rs.getString("edition"), rs.getString("licence"),
                        rs.getString("source_url"),
                        UseRestriction.of(rs.getString("restriction"), rs.getString("restricted_through"))));
    }

    static Observation observation(ResultSet rs, int row) throws SQLException {
        String partner = rs.getString("partner_iso3");
        return new Observation(rs.getString("indicator_code"), rs.getString("country_iso3"),
                partner == null || partner.isEmpty() ? Optional.empty() : Optional.of(partner),
                Period.of(rs.getString("period")), rs.getDouble("obs_value"), rs.getString("edition"));
    }

    static List<Object[]> asRows(List<Observation> observations) {
        List<Object[]> rows = new ArrayList<>(observations.size());
        for (Observation o : observations) {
            rows.add(new Object[] {o.indicatorCode(), o.country(), o.partner().orElse(""), o.period().code(),
                Date.valueOf(o.period().start()), o.value(), o.edition()});
        }
        return rows;
    }
}
