package org.pactum.server.allocation.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.pactum.server.allocation.AllocationMode;
import org.pactum.server.allocation.AllocationSettings;
import org.pactum.server.allocation.RunRequest;
import org.pactum.server.allocation.Upload;
import org.pactum.server.support.InvalidRequestException;
import org.springframework.web.multipart.MultipartFile;

/** Reads the parameters of a new run, the same for the page's form and the API; a bad one is 400 naming it. */
final class RunForm {

    private RunForm() {
    }

    static RunRequest request(String mode, String timeLimitSeconds, String ties, String tieBonus, String weeks, String pool, String poolBasis,
            AllocationSettings settings) {
        AllocationMode chosen = AllocationMode.ofCode(blankTo(mode, "batch"))
                .orElseThrow(() -> new InvalidRequestException("mode", "must be one of batch, dynamic, quota-only, greedy"));
        long maxSeconds = settings.maxTimeLimit().toSeconds();
        Duration limit = blank(timeLimitSeconds) ? settings.defaultTimeLimit()
                : Duration.ofSeconds(whole("timeLimitSeconds", timeLimitSeconds, 1, maxSeconds));
        String tieRule = blankTo(ties, "weighted");
        if (!tieRule.equals("hard") && !tieRule.equals("weighted")) {
            throw new InvalidRequestException("ties", "must be hard or weighted");
        }
        double bonus = 0.1;
        if (!blank(tieBonus)) {
            try {
                bonus = Double.parseDouble(tieBonus.strip());
            } catch (NumberFormatException e) {
                bonus = Double.NaN;
            }
            if (!(bonus >= 0 && bonus <= 1)) {
                throw new InvalidRequestException("tieBonus", "must be a number between 0 and 1");
            }
        }
        Optional<Integer> weekCount = blank(weeks) ? Optional.empty() : Optional.of((int) whole("weeks", weeks, 1, 520));
        Optional<RunRequest.PoolQuota> quota = Optional.empty();
        if (!blank(pool)) {
            String basis = blankTo(poolBasis, "pledges");
            RunRequest.Basis b = switch (basis) {
                case "pledges" -> RunRequest.Basis.PLEDGES;
                case "fair-share" -> RunRequest.Basis.FAIR_SHARE;
                default -> throw new InvalidRequestException("poolBasis", "must be pledges or fair-share");
            };
            if (pool.length() > 100) {
                throw new InvalidRequestException("pool", "is at most 100 characters");
            }
            quota = Optional.of(new RunRequest.PoolQuota(pool.strip(), b));
        }
        return new RunRequest(chosen, limit, new RunRequest.Ties(tieRule.equals("hard"), bonus), weekCount, quota);
    }

    static Upload upload(MultipartFile destinations, MultipartFile households) {
        if (destinations == null || destinations.isEmpty()) {
            throw new InvalidRequestException("destinations", "must be a CSV file (id,capacity,minimum,maximum,service:...)");
        }
        if (households == null || households.isEmpty()) {
            throw new InvalidRequestException("households", "must be a CSV file (id,persons,need:...,tied_to,score:...)");
        }
        return new Upload(name(destinations), text(destinations), name(households), text(households));
    }

    private static String name(MultipartFile file) {
        String name = file.getOriginalFilename();
        if (name == null || name.isBlank()) {
            return null;
        }
        String base = name.replaceAll(".*[/\\\\]", "").replaceAll("[^\\p{L}\\p{N}._ -]", "_");
        return base.length() > 100 ? base.substring(0, 100) : base;
    }

    private static String text(MultipartFile file) {
        try {
            return new String(file.getBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidRequestException(file.getName(), "could not be read: " + e.getMessage());
        }
    }

    private static long whole(String parameter, String value, long min, long max) {
        try {
            long parsed = Long.parseLong(value.strip());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidRequestException(parameter, "must be a whole number from " + min + " to " + max);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String blankTo(String value, String otherwise) {
        return blank(value) ? otherwise : value.strip();
    }
}
