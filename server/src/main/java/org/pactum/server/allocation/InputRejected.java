package org.pactum.server.allocation;

import java.util.List;

/**
 * The uploaded instance cannot be allocated: it is invalid (a missing column, a duplicate id, a score
 * outside [0, 1], an identifying column) or certainly infeasible (a household larger than every
 * capacity, quotas that cannot all be met). Nothing was stored. Each line of the report names the
 * file, line and column, or the constraint, destinations and rows at fault.
 */
public class InputRejected extends RuntimeException {

    private final boolean infeasible;
    private final transient List<ReportLine> report;

    public InputRejected(boolean infeasible, List<ReportLine> report) {
        super((infeasible ? "No allocation can meet every rule: " : "The upload cannot be read as an allocation instance: ")
                + String.join("; ", report.stream().limit(10).map(ReportLine::message).toList())
                + (report.size() > 10 ? "; and " + (report.size() - 10) + " more" : ""));
        this.infeasible = infeasible;
        this.report = List.copyOf(report);
    }

    public boolean infeasible() {
        return infeasible;
    }

    public List<ReportLine> report() {
        return report;
    }

    /**
     * One problem: its kind (e.g. {@code missing-column}, {@code duplicate-household},
     * {@code household-fits-nowhere}), where it is when it is in a file, and one sentence saying it.
     */
    public record ReportLine(String kind, String file, Integer line, String column, String message) {
    }
}
