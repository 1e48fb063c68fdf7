package org.pactum.server.allocation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.pactum.core.allocation.AllocationCsv;
import org.pactum.core.allocation.Destination;
import org.pactum.core.allocation.Diagnosis;
import org.pactum.core.allocation.Household;
import org.pactum.core.allocation.Infeasibility;
import org.pactum.core.allocation.Instance;
import org.pactum.core.allocation.InstanceProblem;
import org.pactum.core.allocation.InvalidInstanceException;
import org.pactum.core.allocation.TiePolicy;
import org.pactum.server.allocation.InputRejected;
import org.pactum.server.allocation.InputRejected.ReportLine;
import org.pactum.server.allocation.RunRequest;
import org.pactum.server.allocation.Upload;
import org.pactum.server.fairshare.PoolService;
import org.pactum.server.fairshare.PoolView;
import org.pactum.server.support.UnprocessableException;
import org.springframework.stereotype.Component;

/**
 * Turns an upload into an instance ready to store: reads the two files in the core's CSV format,
 * refuses a households file with an identifying column (a name, a date of birth, a document number,
 * contact details), applies quotas from a solidarity pool if asked, refuses an instance that is
 * certainly infeasible, and replaces every household id by its pseudonym. Whatever is wrong is
 * reported whole, before anything is stored.
 */
@Component
public class CaseImport {

    /** Words that make a column of the households file identifying; such a file is refused. */
    static final Set<String> IDENTIFYING = Set.of("name", "names", "surname", "forename", "firstname", "lastname", "fullname", "givenname",
            "familyname", "birth", "birthdate", "dob", "born", "passport", "document", "phone", "telephone", "mobile", "email", "mail",
            "address", "street");

    private final Pseudonyms pseudonyms;
    private final PoolService pools;

    CaseImport(Pseudonyms pseudonyms, PoolService pools) {
        this.pseudonyms = pseudonyms;
        this.pools = pools;
    }

    /** An instance with pseudonymous household ids, a note per destination on where its quota comes from, and the quota source. */
    public record Prepared(Instance instance, List<String> quotaNotes, String quotaSource) {
    }

    public Prepared prepare(String party, Upload upload, RunRequest request) {
        refuseIdentifyingColumns(upload);
        TiePolicy ties = request.ties().hard() ? TiePolicy.hard() : TiePolicy.weighted(request.ties().bonus());
        Instance read;
        try {
            read = AllocationCsv.read(upload.destinationsName(), stripBom(upload.destinationsCsv()), upload.householdsName(),
                    stripBom(upload.householdsCsv()), ties);
        } catch (InvalidInstanceException e) {
            throw new InputRejected(false, e.problems().stream().map(CaseImport::line).toList());
        }
        List<Destination> destinations = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        String source = "as uploaded";
        Optional<PoolView> pool = request.poolQuota().map(q -> pools.pool(q.pool())
                .orElseThrow(() -> new UnprocessableException("pool", "no solidarity pool '" + q.pool() + "'")));
        for (int d = 0; d < read.destinations(); d++) {
            Destination given = read.destination(d);
            Optional<Long> fromPool = pool.flatMap(p -> p.states().stream().filter(s -> s.state().equals(given.id())).findFirst()
                    .map(s -> request.poolQuota().get().basis() == RunRequest.Basis.PLEDGES ? s.pledgedRelocations() : s.due()));
            if (fromPool.isPresent()) {
                int maximum = (int) Math.min(Integer.MAX_VALUE, Math.max(0, fromPool.get()));
                destinations.add(new Destination(given.id(), given.capacity(), Math.min(given.minimum(), maximum), maximum, given.services()));
                notes.add("maximum " + maximum + " persons: " + basisName(request) + " in pool " + pool.get().id());
            } else {
                destinations.add(given);
                notes.add(pool.isPresent() ? "not a state of pool " + pool.get().id() + ": quota as uploaded" : "as uploaded");
            }
        }
        if (pool.isPresent()) {
            source = basisName(request) + " in pool " + pool.get().id() + " (" + pool.get().name() + ")";
        }
        List<Household> households = new ArrayList<>(read.households());
        int m = read.destinations();
        float[] scores = new float[read.households() * m];
        for (int i = 0; i < read.households(); i++) {
            Household h = read.household(i);
            households.add(new Household(pseudonyms.of(party, h.id()), h.persons(), h.needs(), h.tiedTo()));
            for (int d = 0; d < m; d++) {
                scores[i * m + d] = (float) read.score(i, d);
            }
        }
        Instance instance;
        try {
            instance = Instance.of(households, destinations, read.dimensionNames(), scores, ties);
        } catch (InvalidInstanceException e) {
            throw new InputRejected(false, e.problems().stream().map(CaseImport::line).toList());
        }
        // diagnosed on the instance as read, so that the report names the households by their own ids
        Instance withQuotas = pool.isPresent() ? Instance.of(households(read), destinations, read.dimensionNames(), scores.clone(), ties) : read;
        List<Infeasibility> reasons = Diagnosis.of(withQuotas);
        if (!reasons.isEmpty()) {
            throw new InputRejected(true, reasons.stream().map(r -> new ReportLine(kind(r.getClass()), null, null, null, r.describe())).toList());
        }
        return new Prepared(instance, notes, source);
    }

    private static List<Household> households(Instance read) {
        List<Household> households = new ArrayList<>(read.households());
        for (int i = 0; i < read.households(); i++) {
            households.add(read.household(i));
        }
        return households;
    }

    private static String basisName(RunRequest request) {
        return request.poolQuota().get().basis() == RunRequest.Basis.PLEDGES ? "relocations pledged" : "fair share due";
    }

    private static void refuseIdentifyingColumns(Upload upload) {
        String csv = stripBom(upload.householdsCsv());
        String header = csv.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        List<ReportLine> refused = new ArrayList<>();
        for (String column : header.split(",", -1)) {
            String name = column.strip();
            if (name.startsWith("score:") || name.startsWith("need:")) {
                continue;
            }
            for (String word : name.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
                if (IDENTIFYING.contains(word)) {
                    refused.add(new ReportLine("identifying-column", upload.householdsName(), 1, name, upload.householdsName()
                            + ", line 1, column " + name + ": looks like identifying data; Pactum stores no names or other "
                            + "identifying details of households: remove the column and upload again"));
                    break;
                }
            }
        }
        if (!refused.isEmpty()) {
            throw new InputRejected(false, refused);
        }
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    static ReportLine line(InstanceProblem problem) {
        if (problem instanceof InstanceProblem.BadInput bad) {
            String kind = bad.reason().equals("missing column") ? "missing-column" : "bad-value";
            return new ReportLine(kind, bad.file(), bad.line() > 0 ? bad.line() : null, bad.column().isEmpty() ? null : bad.column(),
                    bad.describe());
        }
        return new ReportLine(kind(problem.getClass()), null, null, null, problem.describe());
    }

    /** {@code DuplicateHousehold} → {@code duplicate-household}. */
    static String kind(Class<?> type) {
        return type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
