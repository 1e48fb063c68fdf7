package org.pactum.core.compliance;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.OptionalLong;

/**
 * When a dated event of an agreement (a mid-term review, a sunset) is announced: every day from
 * {@code noticeDays} days before it up to the day itself. The number returned is the count of days
 * left, 0 on the day.
 */
public final class ReviewNotice {

    private ReviewNotice() {
    }

    public static OptionalLong daysLeft(LocalDate due, LocalDate today, int noticeDays) {
        if (noticeDays < 0) {
            throw new IllegalArgumentException("notice days must not be negative, was " + noticeDays);
        }
        long days = ChronoUnit.DAYS.between(today, due);
        return days >= 0 && days <= noticeDays ? OptionalLong.of(days) : OptionalLong.empty();
    }
}
