package org.pactum.core.allocation.outcome;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.IntStream;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * Gradient-boosted trees (XGBoost, {@code binary:logistic}) trained on past placements: the
 * features of {@link Features} for each household at the destination it was placed at, the label
 * whether an adult was employed within a year. Training is deterministic for the same placements
 * and {@link Settings} (fixed seed and number of threads). The version is
 * {@code gbt-<16 hex digits>}, the start of the SHA-256 of the parameters and of every training
 * row (features and label), so two models with the same version were trained on the same data the
 * same way. {@link #bytes()} and {@link #load} keep the trees and the version together.
 */
public final class BoostedTreesModel implements OutcomeModel {

    private static final byte[] MAGIC = "pactum-outcome-gbt-1\n".getBytes(StandardCharsets.US_ASCII);
    private static final int CHUNK_ROWS = 1 << 16;

    private final Booster booster;
    private final String version;

    private BoostedTreesModel(Booster booster, String version) {
        this.booster = booster;
        this.version = version;
    }

    /** How the trees are grown; {@link #defaults()} suits tens of thousands of placements. */
    public record Settings(int trees, int maxDepth, double learningRate, double minChildWeight, long seed, int threads) {
        public Settings {
            if (trees < 1 || maxDepth < 1 || !(learningRate > 0 && learningRate <= 1) || !(minChildWeight >= 0) || threads < 1) {
                throw new IllegalArgumentException("at least one tree of depth one or more, a learning rate in (0, 1], a minimum child weight of 0 or more and one thread or more");
            }
        }

        public static Settings defaults() {
            return new Settings(300, 4, 0.1, 5, 1, 1);
        }

        Map<String, Object> parameters() {
            Map<String, Object> parameters = new TreeMap<>();
            parameters.put("objective", "binary:logistic");
            parameters.put("eval_metric", "logloss");
            parameters.put("tree_method", "hist");
            parameters.put("max_depth", maxDepth);
            parameters.put("eta", learningRate);
            parameters.put("min_child_weight", minChildWeight);
            parameters.put("seed", seed);
            parameters.put("nthread", threads);
            parameters.put("verbosity", 0);
            return parameters;
        }
    }

    /**
     * Trains on {@code placements}; {@code destinations} must hold the profile of every destination
     * a household was placed at.
     */
    public static BoostedTreesModel train(List<Placement> placements, Map<String, DestinationProfile> destinations, Settings settings) {
        Objects.requireNonNull(settings, "settings");
        if (placements.isEmpty()) {
            throw new IllegalArgumentException("a model needs at least one past placement to learn from");
        }
        int n = placements.size();
        float[] rows = new float[Math.multiplyExact(n, Features.COUNT)];
        float[] labels = new float[n];
        for (int i = 0; i < n; i++) {
            Placement placement = placements.get(i);
            DestinationProfile destination = destinations.get(placement.destination());
            if (destination == null) {
                throw new IllegalArgumentException("placement " + (i + 1) + " (household " + placement.household().id()
                        + ") is at destination " + placement.destination() + ", whose profile is missing");
            }
            Features.write(placement.household(), destination, rows, i * Features.COUNT);
            labels[i] = placement.employed() ? 1 : 0;
        }
        String version = "gbt-" + digest(settings, rows, labels);
        try {
            DMatrix training = new DMatrix(rows, n, Features.COUNT, Float.NaN);
            training.setLabel(labels);
            Booster booster = XGBoost.train(training, new HashMap<>(settings.parameters()), settings.trees(), Map.of(), null, null);
            training.dispose();
            return new BoostedTreesModel(booster, version);
        } catch (XGBoostError failed) {
            throw new IllegalStateException("training the outcome model failed: " + failed.getMessage(), failed);
        }
    }

    /** The model as bytes: a header, the version, then XGBoost's own model format (UBJSON). */
    public byte[] bytes() {
        try {
            byte[] trees = booster.toByteArray("ubj");
            byte[] name = version.getBytes(StandardCharsets.US_ASCII);
            return ByteBuffer.allocate(MAGIC.length + 4 + name.length + trees.length)
                    .put(MAGIC).putInt(name.length).put(name).put(trees).array();
        } catch (XGBoostError failed) {
            throw new IllegalStateException("saving the outcome model failed: " + failed.getMessage(), failed);
        }
    }

    /** A model saved with {@link #bytes()}. */
    public static BoostedTreesModel load(byte[] saved) {
        ByteBuffer buffer = ByteBuffer.wrap(saved);
        byte[] magic = new byte[MAGIC.length];
        if (saved.length < MAGIC.length + 4 || !Arrays.equals(buffer.get(magic).array(), 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw new IllegalArgumentException("not a saved outcome model (the header is missing)");
        }
        int length = buffer.getInt();
        if (length < 1 || length > buffer.remaining()) {
            throw new IllegalArgumentException("a saved outcome model whose version is cut short");
        }
        byte[] name = new byte[length];
        buffer.get(name);
        byte[] trees = new byte[buffer.remaining()];
        buffer.get(trees);
        try {
            return new BoostedTreesModel(XGBoost.loadModel(trees), new String(name, StandardCharsets.US_ASCII));
        } catch (XGBoostError | IOException failed) {
            throw new IllegalArgumentException("the saved outcome model cannot be read: " + failed.getMessage(), failed);
        }
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public double predict(CaseProfile household, DestinationProfile destination) {
        float[] row = new float[Features.COUNT];
        Features.write(household, destination, row, 0);
        return predictRows(row, 1)[0];
    }

    /**
     * Scores every pair in chunks of about 65,536 pairs, the chunks in parallel on the common
     * fork-join pool (XGBoost's tree prediction is thread-safe); the result does not depend on the
     * number of threads.
     */
    @Override
    public float[] predictAll(List<CaseProfile> households, List<DestinationProfile> destinations) {
        int n = households.size();
        int m = destinations.size();
        float[] scores = new float[Math.multiplyExact(n, m)];
        if (scores.length == 0) {
            return scores;
        }
        int perChunk = Math.max(1, CHUNK_ROWS / m);
        int chunks = (n + perChunk - 1) / perChunk;
        IntStream.range(0, chunks).parallel().forEach(chunk -> {
            int from = chunk * perChunk;
            int to = Math.min(n, from + perChunk);
            int count = (to - from) * m;
            float[] rows = new float[count * Features.COUNT];
            for (int i = from; i < to; i++) {
                for (int d = 0; d < m; d++) {
                    Features.write(households.get(i), destinations.get(d), rows, ((i - from) * m + d) * Features.COUNT);
                }
            }
            System.arraycopy(predictRows(rows, count), 0, scores, from * m, count);
        });
        return scores;
    }

    private float[] predictRows(float[] rows, int count) {
        try {
            float[][] predicted = booster.inplace_predict(rows, count, Features.COUNT, Float.NaN);
            float[] out = new float[count];
            for (int r = 0; r < count; r++) {
                out[r] = predicted[r][0];
            }
            return out;
        } catch (XGBoostError failed) {
            throw new IllegalStateException("the outcome model could not predict: " + failed.getMessage(), failed);
        }
    }

    private static String digest(Settings settings, float[] rows, float[] labels) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((settings.parameters() + ", trees=" + settings.trees() + ", features=" + Features.NAMES).getBytes(StandardCharsets.UTF_8));
            ByteBuffer buffer = ByteBuffer.allocate(4 * (rows.length + labels.length));
            buffer.asFloatBuffer().put(rows).put(labels);
            sha.update(buffer.array());
            return HexFormat.of().formatHex(sha.digest(), 0, 8);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", impossible);
        }
    }
}
