package se.linkoping.samverkan.yearlyreport;

import org.springframework.http.HttpStatus;

/** A request for the yearly report that is not answered, with the status and the Swedish reason. */
class ReportRefused extends RuntimeException {

    private final HttpStatus status;

    ReportRefused(HttpStatus status, String message) {
        super(message);
        this.status = status;
    }

    HttpStatus status() {
        return status;
    }
}
