package se.linkoping.samverkan.incidentreport;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Every refusal of the intake API as JSON with a Swedish message that says what to fix. */
@RestControllerAdvice(assignableTypes = IncidentReportController.class)
class IntakeApiErrors {

    /** The body of every error: a summary, and per field what is wrong. */
    record ApiError(int status, String message, List<FieldError> errors) {
    }

    @ExceptionHandler(IncidentReportRejectedException.class)
    ResponseEntity<ApiError> rejected(IncidentReportRejectedException e) {
        int count = e.errors().size();
        return error(HttpStatus.BAD_REQUEST, "Rapporten togs inte emot: " + (count == 1 ? "ett fel" : count + " fel")
                + " att rätta. Inget har sparats.", e.errors());
    }

    @ExceptionHandler(ExternalReferenceConflictException.class)
    ResponseEntity<ApiError> conflict(ExternalReferenceConflictException e) {
        return error(HttpStatus.CONFLICT, e.getMessage(),
                List.of(new FieldError("externalReference", "Referensen är redan använd för en annan rapport.")));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        return error(HttpStatus.BAD_REQUEST, "Begäran kunde inte läsas. Skicka ett JSON-objekt med fälten district, "
                + "place, category, occurredAt, description, source och externalReference, alla som text.", List.of());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiError> mediaType(HttpMediaTypeNotSupportedException e) {
        return error(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Skicka rapporten som JSON (Content-Type: application/json).",
                List.of());
    }

    @ExceptionHandler(AuthorizationException.class)
    ResponseEntity<ApiError> forbidden(AuthorizationException e) {
        return error(HttpStatus.FORBIDDEN, "Kontot saknar behörighet att rapportera händelser. Be en administratör "
                + "om medlemskap i en grupp som får starta ”Rapportera händelse”.", List.of());
    }

    private static ResponseEntity<ApiError> error(HttpStatus status, String message, List<FieldError> errors) {
        return ResponseEntity.status(status).body(new ApiError(status.value(), message, errors));
    }
}
