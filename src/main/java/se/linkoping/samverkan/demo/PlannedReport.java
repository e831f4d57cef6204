package se.linkoping.samverkan.demo;

import java.time.Instant;

/**
 * An incident report of the simulated quarter, as it will be sent: what happened where and when, who
 * saw it, and when it reaches Samverkan.
 *
 * @param district    district code
 * @param category    category code
 * @param place       where, as a reporter would write it
 * @param occurredAt  when it happened
 * @param receivedAt  when it is reported: minutes later from a partner's system, hours later from staff
 * @param source      source code (polis, bostadsbolag, trygghetsvardar …)
 * @param description what happened, without personal data
 */
record PlannedReport(String district, String category, String place, Instant occurredAt, Instant receivedAt,
                     String source, String description) {

    /** Sources whose own systems report through the API; the others report in Tasklist. */
    boolean throughApi() {
        return switch (source) {
            case "polis", "bostadsbolag", "kollektivtrafik", "raddningstjanst" -> true;
            default -> false;
        };
    }
}
