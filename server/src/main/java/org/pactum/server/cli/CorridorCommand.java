package org.pactum.server.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.pactum.server.corridors.CorridorScorecards;
import org.pactum.server.corridors.CorridorViews.AgreementLine;
import org.pactum.server.corridors.CorridorViews.AsylumYear;
import org.pactum.server.corridors.CorridorViews.BalanceLine;
import org.pactum.server.corridors.CorridorViews.CostPoint;
import org.pactum.server.corridors.CorridorViews.Point;
import org.pactum.server.corridors.CorridorViews.ReturnsLine;
import org.pactum.server.corridors.CorridorViews.Scorecard;
import org.pactum.server.corridors.CorridorViews.Source;
import org.pactum.server.support.NotFoundException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code pactum corridor DEU TUR}: the scorecard of a bilateral relationship, as plain text. */
@Command(name = "corridor", description = "The scorecard of the relationship between two countries (ISO 3166-1 alpha-3 codes).")
class CorridorCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "A", description = "The first country, e.g. DEU")
    String a;

    @Parameters(index = "1", paramLabel = "B", description = "The second country, e.g. TUR")
    String b;

    @Override
    public Integer call() throws Exception {
        return Batch.run(context -> {
            Scorecard card;
            try {
                card = context.getBean(CorridorScorecards.class).scorecard(a, b);
            } catch (NotFoundException e) {
                System.err.println("pactum corridor: " + e.getMessage());
                return PactumCli.BAD_INPUT;
            } catch (org.pactum.server.support.InvalidRequestException e) {
                System.err.println("pactum corridor: " + e.getMessage());
                return PactumCli.BAD_INPUT;
            }
            print(card, System.out);
            return 0;
        });
    }

    static void print(Scorecard card, PrintStream out) {
        String an = card.a().iso3();
        String bn = card.b().iso3();
        out.printf("Corridor %s (%s) - %s (%s)%n", an, card.a().name(), bn, card.b().name());
        out.println();
        out.println("Visas (" + card.visas().period().orElse("no snapshot") + ")");
        out.printf("  %s citizens into %s: %s%n", an, bn, card.visas().aIntoB().map(r -> regime(r.name())
                + card.visas().daysAInB().map(d -> ", " + d + " days").orElse("")).orElse(noData(card.visas().source())));
        out.printf("  %s citizens into %s: %s%n", bn, an, card.visas().bIntoA().map(r -> regime(r.name())
                + card.visas().daysBInA().map(d -> ", " + d + " days").orElse("")).orElse(noData(card.visas().source())));
        card.visas().reciprocity().ifPresent(r -> out.printf("  reciprocity gap: %d%s%n", r.gap(),
                r.visaFreeOneWayOnly() ? " (visa-free one way only)" : ""));
        out.println();
        out.println("Migrant stock (UN DESA)");
        stock(out, "born in " + an + ", living in " + bn, card.stocks().aBornInB(), card.stocks().source());
        stock(out, "born in " + bn + ", living in " + an, card.stocks().bBornInA(), card.stocks().source());
        out.println();
        out.println("Remittances");
        out.printf("  %s -> %s, 2017 estimate: %s%n", bn, an, card.remittances().estimateBToA()
                .map(v -> String.format(Locale.ROOT, "US$ %.1f million", v)).orElse(noData(card.remittances().estimateSource())));
        out.printf("  %s -> %s, 2017 estimate: %s%n", an, bn, card.remittances().estimateAToB()
                .map(v -> String.format(Locale.ROOT, "US$ %.1f million", v)).orElse(noData(card.remittances().estimateSource())));
        out.printf("  cost of sending USD 200 %s -> %s: %s%n", bn, an, cost(card.remittances().latestCostBToA(),
                card.remittances().costSource()));
        out.printf("  cost of sending USD 200 %s -> %s: %s%n", an, bn, cost(card.remittances().latestCostAToB(),
                card.remittances().costSource()));
        out.println();
        out.println("Asylum (UNHCR), latest year with figures");
        asylum(out, "nationals of " + an + " in " + bn, card.asylum().aInB(), card.asylum().applications());
        asylum(out, "nationals of " + bn + " in " + an, card.asylum().bInA(), card.asylum().applications());
        out.println();
        out.println("Irregular border detections (Frontex), latest year");
        detections(out, an, card.detections().bInEu(), bn, card.detections().nationalsOfA(), card.detections().source());
        detections(out, bn, card.detections().aInEu(), an, card.detections().nationalsOfB(), card.detections().source());
        out.println();
        out.println("Agreements in the register");
        if (card.agreements().isEmpty()) {
            out.println("  none that you may see");
        }
        for (AgreementLine ag : card.agreements()) {
            out.printf("  %s %s (%s, %s%s), compliance %s%n", ag.id(), ag.title(), ag.typeCode(), ag.status(),
                    ag.illustrative() ? ", illustrative" : "", ag.overall());
            for (ReturnsLine r : ag.returns()) {
                out.printf("    returns by %s: committed %s, reported %s (verified %s)%n", r.partyId(),
                        r.committed().toPlainString(), r.reported().toPlainString(), r.verified().toPlainString());
            }
        }
        out.println();
        out.println("Balance of the relationship");
        balance(out, an + " gives", card.balance().givenByA());
        balance(out, bn + " gives", card.balance().givenByB());
        if (!card.balance().givenByThirdParties().isEmpty()) {
            balance(out, "third parties give", card.balance().givenByThirdParties());
        }
        card.balance().sideGivingWithoutReturn().ifPresent(s -> out.println("  one-sided: only "
                + (s.equals("A") ? an : bn) + " has committed anything"));
    }

    private static String regime(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String noData(Source source) {
        return "no data in " + source.name() + " (" + source.edition() + ")";
    }

    private static void stock(PrintStream out, String label, List<Point> points, Source source) {
        if (points.isEmpty()) {
            out.printf("  %s: %s%n", label, noData(source));
            return;
        }
        Point first = points.get(0);
        Point last = points.get(points.size() - 1);
        out.printf(Locale.ROOT, "  %s: %,d in %s (%,d in %s)%n", label, last.whole(), last.period(), first.whole(), first.period());
    }

    private static String cost(java.util.Optional<CostPoint> point, Source source) {
        return point.map(p -> String.format(Locale.ROOT, "%.2f %% in %s (%s)", p.percent(), p.period(),
                p.band().name().toLowerCase(Locale.ROOT).replace('_', ' '))).orElse(noData(source));
    }

    private static void asylum(PrintStream out, String label, List<AsylumYear> years, Source source) {
        if (years.isEmpty()) {
            out.printf("  %s: %s%n", label, noData(source));
            return;
        }
        AsylumYear y = years.get(years.size() - 1);
        out.printf("  %s, %s: applications %s, recognised %s of %s decisions, rate %s%n", label, y.year(),
                y.applications().map(String::valueOf).orElse("-"), y.recognised().map(String::valueOf).orElse("-"),
                y.decisions().map(String::valueOf).orElse("-"), y.recognitionPercent().isPresent()
                        ? String.format(Locale.ROOT, "%.1f %%", y.recognitionPercent().getAsDouble()) : "no decision");
    }

    private static void detections(PrintStream out, String nationals, boolean applies, String other, List<Point> points,
            Source source) {
        if (!applies) {
            out.printf("  nationals of %s: not applicable (%s is not an EU Member State)%n", nationals, other);
        } else if (points.isEmpty()) {
            out.printf("  nationals of %s: %s%n", nationals, noData(source));
        } else {
            Point last = points.get(points.size() - 1);
            out.printf(Locale.ROOT, "  nationals of %s: %,d in %s%n", nationals, last.whole(), last.period());
        }
    }

    private static void balance(PrintStream out, String label, List<BalanceLine> lines) {
        out.printf("  %s: %s%n", label, lines.isEmpty() ? "nothing committed" : String.join("; ", lines.stream()
                .map(l -> l.typeCode() + " " + l.quantity().toPlainString() + " " + l.unit()).toList()));
    }
}
