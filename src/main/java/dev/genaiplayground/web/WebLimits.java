package dev.genaiplayground.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The limits that keep one person's input from hurting the server or other people, set under
 * {@code playground.limits.*} (see README, "Configuration").
 *
 * @param maxSettingLength the longest value of one widget setting, in characters
 * @param maxLinkLength the longest query string a page or API link may have; every state the widgets accept fits
 *     (a test loads each widget's largest state from its link), and Tomcat's header limit is set well above it
 * @param maxRequestBytes the largest request body (Vaadin's messages from the browser)
 * @param maxChangesPerSecond how many widget state changes one browser session may make per second; further
 *     changes within that second are refused with a message
 */
@ConfigurationProperties("playground.limits")
public record WebLimits(
        @DefaultValue("8000") int maxSettingLength,
        @DefaultValue("32768") int maxLinkLength,
        @DefaultValue("262144") int maxRequestBytes,
        @DefaultValue("50") int maxChangesPerSecond) {

    public WebLimits {
        if (maxSettingLength < 1 || maxLinkLength < maxSettingLength || maxRequestBytes < 1024
                || maxChangesPerSecond < 1) {
            throw new IllegalArgumentException("playground.limits: every limit must be positive, the link at least "
                    + "as long as one setting and the request at least 1 KB");
        }
    }
}
