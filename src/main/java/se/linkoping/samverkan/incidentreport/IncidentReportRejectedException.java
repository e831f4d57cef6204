package se.linkoping.samverkan.incidentreport;

import java.util.List;
import java.util.stream.Collectors;

/** A report that was not stored, with every reason at once so the sender can fix them together. */
public class IncidentReportRejectedException extends RuntimeException {

    private final transient List<FieldError> errors;

    public IncidentReportRejectedException(List<FieldError> errors) {
        super(errors.stream().map(FieldError::message).collect(Collectors.joining(" ")));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
