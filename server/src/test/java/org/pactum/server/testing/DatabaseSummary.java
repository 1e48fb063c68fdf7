package org.pactum.server.testing;

import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/** Says loudly, at the end of a run, when the PostgreSQL integration tests could not run. */
public class DatabaseSummary implements TestExecutionListener {

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        System.out.println("[pactum-test] integration tests on: " + TestDatabase.kind());
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        if (TestDatabase.isPostgres() && TestDatabase.postgresWasMissing()) {
            String line = "!".repeat(78);
            System.out.println(line);
            System.out.println("!! POSTGRESQL WAS NOT REACHABLE: the integration tests ran on H2 ONLY.");
            System.out.println("!! Start PostgreSQL on 127.0.0.1:5432 (or set PACTUM_TEST_PG_URL) and run again,");
            System.out.println("!! or run scripts/test, which starts or installs it.");
            System.out.println(line);
        }
    }
}
