package org.pactum.server.finance.web;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.pactum.core.finance.money.MinorUnits;
import org.pactum.core.pool.Money;

/** Shows money on the pages as "EUR 1,000,000.00", with as many decimals as the currency's minor unit. */
public final class MoneyFormat {

    public String money(Money money) {
        return money.currency() + " " + amount(money);
    }

    public String amount(Money money) {
        int exponent = MinorUnits.exponent(money.currency());
        DecimalFormat format = new DecimalFormat(exponent == 0 ? "#,##0" : "#,##0." + "0".repeat(exponent),
                DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        return format.format(MinorUnits.inMajorUnits(money));
    }

    public String minor(long minor, String currency) {
        return money(new Money(minor, currency));
    }
}
