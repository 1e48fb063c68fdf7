package org.pactum.server.monitoring;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the review calendar ({@code pactum.monitoring.*}).
 *
 * @param reviewCron       when the daily run starts (Spring cron, UTC)
 * @param sunsetNoticeDays how many days before its sunset an agreement is announced as ending
 * @param catchUpOnStart   whether a starting node runs today's review if no node has yet
 */
@ConfigurationProperties("pactum.monitoring")
public record MonitoringSettings(String reviewCron, Integer sunsetNoticeDays, Boolean catchUpOnStart) {

    public MonitoringSettings {
        reviewCron = reviewCron == null || reviewCron.isBlank() ? "0 15 2 * * *" : reviewCron;
        sunsetNoticeDays = sunsetNoticeDays == null ? 90 : sunsetNoticeDays;
        catchUpOnStart = catchUpOnStart == null || catchUpOnStart;
        if (sunsetNoticeDays < 0 || sunsetNoticeDays > 366) {
            throw new IllegalArgumentException("pactum.monitoring.sunset-notice-days must be between 0 and 366");
        }
    }
}
