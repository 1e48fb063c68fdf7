package org.pactum.server.finance;

import java.time.LocalDate;

/** A dated rate: one {@code from} is worth {@code rate} of {@code to} on {@code date}, with its source. */
public record ExchangeRateRequest(LocalDate date, String from, String to, String rate, String source) {
}
