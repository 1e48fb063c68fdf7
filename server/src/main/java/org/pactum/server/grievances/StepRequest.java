package org.pactum.server.grievances;

/**
 * A step an officer takes on a complaint: {@code review}, {@code refer} (with {@code party} and
 * {@code unit}), {@code resolve} (with {@code response}) or {@code reject} (with {@code reason}).
 */
public record StepRequest(String step, String party, String unit, String response, String reason) {
}
