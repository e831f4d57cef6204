package se.linkoping.samverkan.web;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidatorException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.internal.spi.AutoDiscoverable;
import org.springframework.http.HttpStatus;

import se.linkoping.samverkan.refusal.Refusal;
import se.linkoping.samverkan.refusal.Refusal.Kind;

/**
 * Camunda's REST APIs — {@code /engine-rest} and the webapps' own ({@code /camunda/api/engine}, which Tasklist
 * calls) — answer their errors in Swedish when the server is at fault: Camunda's handlers answer every engine
 * failure with 500 and the exception's class and message (SQL and all). These mappers take precedence over
 * Camunda's ({@link Priority} 1) and keep Camunda's answer for what the asker did wrong (400, 403, 404: a form's
 * Swedish validation message among them); a failure becomes {@link Faults}'s answer — 409 when another user was
 * first, 503 with {@code Retry-After} while the database is out of reach, 400 for a value the database cannot hold,
 * otherwise 500 with an error code — in Camunda's JSON shape ({@code type}, {@code message}).
 * <p>
 * Registered in every Jersey application on the server by Jersey's auto-discovery
 * ({@code META-INF/services/org.glassfish.jersey.internal.spi.AutoDiscoverable}), as the webapps' JAX-RS
 * applications are not Spring beans.
 */
@ConstrainedTo(RuntimeType.SERVER)
@Priority(AutoDiscoverable.DEFAULT_PRIORITY)
public final class EngineErrors implements AutoDiscoverable {

    @Override
    public void configure(FeatureContext context) {
        if (!context.getConfiguration().isRegistered(AnyFailure.class)) {
            context.register(AnyFailure.class);
            context.register(EngineFailure.class);
            context.register(RestFailure.class);
        }
    }

    /** The answer to a failure of a request. */
    static Response answer(Throwable failure, HttpServletRequest request) {
        ExceptionHandlerHelper camunda = ExceptionHandlerHelper.getInstance();
        String path = request == null ? null : Answers.path(request);
        boolean taskGone = TasksGone.completedMeanwhile(failure, path);
        if (!taskGone && camunda.getStatus(failure).getStatusCode() < 500 && !(failure instanceof Refusal)) {
            return inOurWords(camunda.getResponse(failure), failure);
        }
        Refusal refusal = taskGone ? TasksGone.REFUSAL : Faults.of(failure, path);
        HttpStatus status = HttpStatus.valueOf(refusal.kind().status());
        Response.ResponseBuilder response = Response.status(status.value())
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(Answers.engineBody(refusal, status));
        if (refusal.kind() == Kind.UNAVAILABLE) {
            response.header(HttpHeaders.RETRY_AFTER, Faults.RETRY_AFTER_SECONDS);
        }
        return response.build();
    }

    /**
     * Camunda's answer to what the asker did wrong, with its message replaced by Samverkan's Swedish reason when
     * one of ours is behind it: Camunda puts its own words in front ("Cannot instantiate process definition
     * incident-report:1:…: Rapporten sparades inte. …"), which Tasklist would show as they are. The shape
     * ({@code type}, {@code message}, {@code code}) and the status stay Camunda's.
     */
    static Response inOurWords(Response camundas, Throwable failure) {
        String reason = ourReason(failure);
        if (reason == null || !(camundas.getEntity() instanceof ExceptionDto body)) {
            return camundas;
        }
        body.setMessage(reason);
        return Response.fromResponse(camundas).entity(body).build();
    }

    /**
     * The Swedish reason of a refusal somewhere in a failure's causes: a {@link Refusal}, or the form error a
     * refusal became ({@code forms.FormErrors}); not the English of Camunda's own form field validators.
     */
    static String ourReason(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (cause instanceof Refusal refusal) {
                return refusal.detail();
            }
            if (cause instanceof FormFieldValidationException form && !(cause instanceof FormFieldValidatorException)
                    && form.getMessage() != null) {
                return form.getMessage();
            }
        }
        return null;
    }

    /** Whatever Camunda's own catch-all would answer. */
    @Priority(1)
    public static final class AnyFailure implements ExceptionMapper<Throwable> {

        @Context
        private HttpServletRequest request;

        @Override
        public Response toResponse(Throwable failure) {
            return answer(failure, request);
        }
    }

    /** What Camunda's ProcessEngineExceptionHandler would answer (500 for all but authorization). */
    @Priority(1)
    public static final class EngineFailure implements ExceptionMapper<ProcessEngineException> {

        @Context
        private HttpServletRequest request;

        @Override
        public Response toResponse(ProcessEngineException failure) {
            return answer(failure, request);
        }
    }

    /** What Camunda's RestExceptionHandler would answer (the REST resources wrap engine failures in these). */
    @Priority(1)
    public static final class RestFailure implements ExceptionMapper<RestException> {

        @Context
        private HttpServletRequest request;

        @Override
        public Response toResponse(RestException failure) {
            return answer(failure, request);
        }
    }
}
