package org.pactum.core.allocation;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;

/**
 * The allocation as a mathematical program in OR-Tools' MPSolver: a variable per household and
 * destination where it may go and fits (binary in the integer program, between 0 and 1 in the
 * linear relaxation); each household placed exactly once; per destination, persons at most its
 * room and at least its quota minimum, and each service within its capacity; maximise the sum of
 * values. The same model is exported as MPS for other solvers (COIN-OR CBC in the benchmarks).
 */
final class MipModel implements AutoCloseable {

    private static volatile boolean loaded;

    final MPSolver solver;
    final MPVariable[][] x;
    final MPConstraint[] once;
    final MPConstraint[] room;
    final MPConstraint[] minimum;
    final MPConstraint[][] service;

    static void loadNativeLibraries() {
        if (!loaded) {
            synchronized (MipModel.class) {
                if (!loaded) {
                    Loader.loadNativeLibraries();
                    loaded = true;
                }
            }
        }
    }

    MipModel(Instance instance, String solverId, boolean integer) {
        this(instance, solverId, integer, null);
    }

    /** The model with variables only for the pairs {@code include[i * m + d]} (all allowed pairs that fit if null). */
    MipModel(Instance instance, String solverId, boolean integer, boolean[] include) {
        loadNativeLibraries();
        MPSolver created = MPSolver.createSolver(solverId);
        if (created == null) {
            throw new IllegalStateException("OR-Tools solver " + solverId + " is not available");
        }
        this.solver = created;
        int n = instance.households();
        int m = instance.destinations();
        int k = instance.dimensions();
        x = new MPVariable[n][m];
        once = new MPConstraint[n];
        room = new MPConstraint[m];
        minimum = new MPConstraint[m];
        service = new MPConstraint[m][k];
        for (int d = 0; d < m; d++) {
            room[d] = solver.makeConstraint(-MPSolver.infinity(), instance.room(d), "room_" + d);
            minimum[d] = solver.makeConstraint(instance.minimum(d), MPSolver.infinity(), "min_" + d);
            for (int c = 0; c < k; c++) {
                service[d][c] = solver.makeConstraint(-MPSolver.infinity(), instance.service(d, c), "svc_" + d + "_" + c);
            }
        }
        MPObjective objective = solver.objective();
        for (int i = 0; i < n; i++) {
            once[i] = solver.makeConstraint(1, 1, "once_" + i);
            for (int d = 0; d < m; d++) {
                if (include != null && !include[i * m + d] || !instance.fitsAlone(i, d)) {
                    continue;
                }
                MPVariable v = integer ? solver.makeBoolVar("x_" + i + "_" + d) : solver.makeNumVar(0, 1, "x_" + i + "_" + d);
                x[i][d] = v;
                once[i].setCoefficient(v, 1);
                room[d].setCoefficient(v, instance.persons(i));
                minimum[d].setCoefficient(v, instance.persons(i));
                for (int c = 0; c < k; c++) {
                    if (instance.need(i, c) != 0) {
                        service[d][c].setCoefficient(v, instance.need(i, c));
                    }
                }
                objective.setCoefficient(v, instance.value(i, d));
            }
        }
        objective.setMaximization();
    }

    /** The model in free MPS format, as a MIP (OR-Tools writes the objective sense as a comment CBC ignores, so it is negated: minimise minus the value). */
    String exportMps() {
        return solver.exportModelAsMpsFormat(false, false);
    }

    @Override
    public void close() {
        solver.delete();
    }
}
