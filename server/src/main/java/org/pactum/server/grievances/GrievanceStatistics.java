package org.pactum.server.grievances;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.pactum.core.grievances.Cell;
import org.pactum.core.grievances.GrievanceCategory;
import org.pactum.core.grievances.Medians;
import org.pactum.core.grievances.SmallCells;
import org.pactum.server.grievances.internal.GrievanceRepository;
import org.pactum.server.register.PublicRegister;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public statistics of the grievance channel: how many complaints by category, by agreement
 * and by month of filing, and the median time to resolution. No count under five is shown (see
 * {@link SmallCells}), and the median only over five resolutions or more. Once a month the
 * statistics are entered in the public register, so that what the channel reported cannot later
 * be restated.
 */
@Service
public class GrievanceStatistics {

    /** The register kind of the monthly statistics. */
    public static final String KIND = "grievance-statistics";

    private final GrievanceRepository repository;
    private final PublicRegister register;

    GrievanceStatistics(GrievanceRepository repository, PublicRegister register) {
        this.repository = repository;
        this.register = register;
    }

    /** One line of a table: its key and its count, which is empty when suppressed. */
    public record Line(String key, Long count, boolean suppressed) {
        static Line of(String key, Cell cell) {
            return new Line(key, cell.suppressed() ? null : cell.count(), cell.suppressed());
        }
    }

    /**
     * The statistics as published. {@code total} and each count are {@code null} when suppressed;
     * {@code medianResolutionHours} is {@code null} under five resolutions.
     */
    public record Statistics(Instant asOf, int threshold, Long total, List<Line> byCategory, List<Line> byAgreement, List<Line> byMonth,
            Long medianResolutionHours) {
    }

    @Transactional(readOnly = true)
    public Statistics current() {
        Map<String, Long> categories = new LinkedHashMap<>();
        Map<String, Long> stored = repository.countsByCategory();
        for (GrievanceCategory category : GrievanceCategory.values()) {
            categories.put(category.code(), stored.getOrDefault(category.code(), 0L));
        }
        Map<String, Long> agreements = new TreeMap<>(repository.countsByAgreement());
        Map<String, Long> months = new TreeMap<>();
        for (Instant filed : repository.filingTimes()) {
            months.merge(YearMonth.from(filed.atZone(ZoneOffset.UTC)).toString(), 1L, Long::sum);
        }
        long total = categories.values().stream().mapToLong(Long::longValue).sum();
        List<Duration> resolutions = repository.resolutions().stream().map(r -> Duration.between(r[0], r[1])).toList();
        Optional<Duration> median = Medians.medianResolution(resolutions);
        return new Statistics(Instant.now(), SmallCells.THRESHOLD, SmallCells.total(total).suppressed() ? null : total,
                lines(categories), lines(agreements), lines(months), median.map(Duration::toHours).orElse(null));
    }

    /**
     * Enters the statistics in the public register for {@code month}, under the subject
     * {@code grievance-statistics/<month>}, unless they are there already. Returns whether it did.
     */
    @Transactional
    public boolean publishFor(YearMonth month) {
        String subject = subject(month);
        if (!register.alreadyPublished(List.of(subject)).isEmpty()) {
            return false;
        }
        Statistics statistics = current();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("month", month.toString());
        payload.put("asOf", statistics.asOf().toString());
        payload.put("threshold", statistics.threshold());
        payload.put("total", statistics.total());
        payload.put("byCategory", payload(statistics.byCategory()));
        payload.put("byAgreement", payload(statistics.byAgreement()));
        payload.put("byMonth", payload(statistics.byMonth()));
        payload.put("medianResolutionHours", statistics.medianResolutionHours());
        register.publish(KIND, subject, payload);
        return true;
    }

    /** On the first of every month (03:30 UTC), the statistics as they stand are published for the month that ended. */
    @Scheduled(cron = "${pactum.grievances.publish-cron:0 30 3 1 * *}", zone = "UTC")
    void publishMonthly() {
        publishFor(YearMonth.now(ZoneOffset.UTC).minusMonths(1));
    }

    public static String subject(YearMonth month) {
        return KIND + "/" + month;
    }

    private static List<Map<String, Object>> payload(List<Line> lines) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Line line : lines) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("key", line.key());
            entry.put("count", line.count());
            list.add(entry);
        }
        return list;
    }

    private static List<Line> lines(Map<String, Long> counts) {
        List<Line> lines = new ArrayList<>();
        SmallCells.suppress(counts).forEach((key, cell) -> lines.add(Line.of(key, cell)));
        return lines;
    }
}
