package se.linkoping.samverkan.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

import com.fasterxml.jackson.databind.ObjectMapper;

import se.linkoping.samverkan.refusal.Refusal;
import se.linkoping.samverkan.refusal.Refusal.Kind;

/**
 * Every refusal of Samverkan's own pages and API, answered in one way: under {@code /api} as RFC 9457
 * problem details ({@code application/problem+json}: {@code title}, {@code status}, {@code detail} in
 * Swedish, and per field {@code errors}), on the pages as the one {@code refused} page ({@link Answers}). Requests
 * Spring could not read are refused here too, in Swedish, and so is every failure ({@link Faults}).
 */
@ControllerAdvice
public class RefusalAdvice {

    private final ObjectMapper json;

    RefusalAdvice(ObjectMapper json) {
        this.json = json;
    }

    @ExceptionHandler(Refusal.class)
    ModelAndView refused(Refusal refusal, HttpServletRequest request, HttpServletResponse response) {
        return answer(refusal, request, response);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView unreadable(MethodArgumentTypeMismatchException mismatch, HttpServletRequest request,
                            HttpServletResponse response) {
        return answer(Refusal.badInput(Parameters.unreadable(mismatch.getName(), mismatch.getRequiredType())), request,
                response);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ModelAndView missing(MissingServletRequestParameterException missing, HttpServletRequest request,
                         HttpServletResponse response) {
        return answer(Refusal.badInput(Parameters.missing(missing.getParameterName())), request, response);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ModelAndView notReadable(HttpMessageNotReadableException e, HttpServletRequest request,
                             HttpServletResponse response) {
        return answer(Refusal.badInput("Begäran kunde inte läsas. Skicka ett JSON-objekt med de fält som API:t "
                + "beskriver, alla som text."), request, response);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ModelAndView mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request,
                           HttpServletResponse response) {
        return answer(Refusal.of(Kind.UNSUPPORTED_MEDIA_TYPE, "Skicka begäran som JSON (Content-Type: "
                + "application/json)."), request, response);
    }

    @ExceptionHandler(AuthorizationException.class)
    ModelAndView notAuthorized(AuthorizationException e, HttpServletRequest request, HttpServletResponse response) {
        return answer(Refusal.forbidden("Kontot saknar behörighet till det här. Be en administratör om medlemskap i "
                + "en grupp som får det."), request, response);
    }

    /**
     * Everything else: Spring's own refusals (a path that does not exist, a method not allowed) with their
     * status, and failures as {@link Faults} says them — the database out of reach, two users at once, a value
     * that cannot be stored, or an unexpected error — never with SQL, a class name or a stack trace.
     */
    @ExceptionHandler(Exception.class)
    ModelAndView failed(Exception e, HttpServletRequest request, HttpServletResponse response) {
        if (e instanceof ErrorResponse spring && !spring.getStatusCode().is5xxServerError()) {
            int status = spring.getStatusCode().value();
            return answer(Faults.forStatus(status), HttpStatus.valueOf(status), request, response);
        }
        return answer(Faults.of(e, Answers.path(request)), request, response);
    }

    private ModelAndView answer(Refusal refusal, HttpServletRequest request, HttpServletResponse response) {
        return answer(refusal, HttpStatus.valueOf(refusal.kind().status()), request, response);
    }

    private ModelAndView answer(Refusal refusal, HttpStatus status, HttpServletRequest request,
                                HttpServletResponse response) {
        return Answers.answer(refusal, status, Answers.path(request), response, json);
    }
}
