package org.pactum.core.finance.money;

import java.time.LocalDate;

/** The rate table holds no rate for a pair of currencies on or before the requested date. */
public final class NoExchangeRateException extends RuntimeException {

    public NoExchangeRateException(String from, String to, LocalDate on) {
        super("rate: no exchange rate " + from + "→" + to + " (nor " + to + "→" + from + ") on or before " + on);
    }
}
