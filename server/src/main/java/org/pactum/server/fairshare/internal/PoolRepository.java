package org.pactum.server.fairshare.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.pactum.core.fairshare.StateCode;
import org.pactum.core.pool.Deduction;
import org.pactum.core.pool.Money;
import org.pactum.core.pool.Pledge;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rows of the pool tables. */
@Repository
public class PoolRepository {

    /** A pool as stored: the specification, and how its indicative contributions are computed. */
    public record StoredPool(String id, String name, long relocationReference, Money financialReference,
            Money equivalenceRate, String key, int dataYear, String method, List<StateCode> members,
            List<StateCode> benefitting, SortedMap<StateCode, Deduction> deductions, String editions) {
    }

    private final JdbcClient jdbc;

    PoolRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean exists(String id) {
        return jdbc.sql("SELECT COUNT(*) FROM solidarity_pool WHERE id = ?").param(id).query(Long.class).single() > 0;
    }

    public List<String> ids() {
        return jdbc.sql("SELECT id FROM solidarity_pool ORDER BY created_at, id").query(String.class).list();
    }

    public void insert(StoredPool pool, String actor) {
        jdbc.sql("INSERT INTO solidarity_pool (id, name, relocation_reference, financial_reference_minor, currency, "
                        + "equivalence_rate_minor, key_id, data_year, method, members, benefitting, editions, created_at, created_by) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(pool.id(), pool.name(), pool.relocationReference(), pool.financialReference().minorUnits(),
                        pool.financialReference().currency(), pool.equivalenceRate().minorUnits(), pool.key(),
                        pool.dataYear(), pool.method(), join(pool.members()), join(pool.benefitting()), pool.editions(),
                        Timestamp.from(Instant.now()), actor)
                .update();
        pool.deductions().forEach((state, deduction) -> jdbc.sql(
                        "INSERT INTO pool_deduction (pool_id, state_iso3, fraction) VALUES (?, ?, ?)")
                .params(pool.id(), state.iso3(), deduction.fraction().toPlainString()).update());
    }

    public Optional<StoredPool> find(String id) {
        SortedMap<StateCode, Deduction> deductions = new TreeMap<>();
        jdbc.sql("SELECT state_iso3, fraction FROM pool_deduction WHERE pool_id = ?").param(id)
                .query((rs, n) -> deductions.put(StateCode.of(rs.getString(1)),
                        Deduction.partial(new BigDecimal(rs.getString(2)))))
                .list();
        return jdbc.sql("SELECT id, name, relocation_reference, financial_reference_minor, currency, equivalence_rate_minor, "
                        + "key_id, data_year, method, members, benefitting, editions FROM solidarity_pool WHERE id = ?")
                .param(id)
                .query((rs, n) -> new StoredPool(rs.getString("id"), rs.getString("name"), rs.getLong("relocation_reference"),
                        new Money(rs.getLong("financial_reference_minor"), rs.getString("currency")),
                        new Money(rs.getLong("equivalence_rate_minor"), rs.getString("currency")), rs.getString("key_id"),
                        rs.getInt("data_year"), rs.getString("method"), split(rs.getString("members")),
                        split(rs.getString("benefitting")), deductions, rs.getString("editions")))
                .optional();
    }

    public List<Pledge> pledges(String poolId) {
        return jdbc.sql("SELECT state_iso3, relocations, financial_minor, alternative_minor, currency FROM pool_pledge "
                        + "WHERE pool_id = ? ORDER BY state_iso3")
                .param(poolId)
                .query((rs, n) -> new Pledge(StateCode.of(rs.getString(1)), rs.getLong(2),
                        new Money(rs.getLong(3), rs.getString(5)), new Money(rs.getLong(4), rs.getString(5))))
                .list();
    }

    public void savePledge(String poolId, Pledge pledge, String actor) {
        jdbc.sql("DELETE FROM pool_pledge WHERE pool_id = ? AND state_iso3 = ?").params(poolId, pledge.state().iso3()).update();
        jdbc.sql("INSERT INTO pool_pledge (pool_id, state_iso3, relocations, financial_minor, alternative_minor, currency, "
                        + "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(poolId, pledge.state().iso3(), pledge.relocations(), pledge.financial().minorUnits(),
                        pledge.alternativeMeasures().minorUnits(), pledge.financial().currency(),
                        Timestamp.from(Instant.now()), actor)
                .update();
    }

    private static String join(List<StateCode> states) {
        return String.join(",", states.stream().map(StateCode::iso3).toList());
    }

    private static List<StateCode> split(String text) {
        return text == null || text.isBlank() ? List.of()
                : Arrays.stream(text.split(",")).map(String::strip).map(StateCode::of).toList();
    }
}
