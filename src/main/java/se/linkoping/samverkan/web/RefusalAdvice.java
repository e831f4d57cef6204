package se.linkoping.samverkan.web;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.json.MappingJackson2JsonView;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServletRequest;

import se.linkoping.samverkan.refusal.Refusal;
import se.linkoping.samverkan.refusal.Refusal.Kind;

/**
 * Every refusal of Samverkan's own pages and API, answered in one way: under {@code /api} as RFC 9457
 * problem details ({@code application/problem+json}: {@code title}, {@code status}, {@code detail} in
 * Swedish, and per field {@code errors}), on the pages as the one {@code refused} page. Requests Spring
 * could not read are refused here too, in Swedish.
 */
@ControllerAdvice
public class RefusalAdvice {

    static final String PROBLEM_JSON = "application/problem+json";

    private final ObjectMapper json;

    RefusalAdvice(ObjectMapper json) {
        this.json = json;
    }

    @ExceptionHandler(Refusal.class)
    ModelAndView refused(Refusal refusal, HttpServletRequest request) {
        return answer(refusal, request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView unreadable(MethodArgumentTypeMismatchException mismatch, HttpServletRequest request) {
        return answer(Refusal.badInput(Parameters.unreadable(mismatch.getName(), mismatch.getRequiredType())), request);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ModelAndView missing(MissingServletRequestParameterException missing, HttpServletRequest request) {
        return answer(Refusal.badInput(Parameters.missing(missing.getParameterName())), request);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ModelAndView notReadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        return answer(Refusal.badInput("Begäran kunde inte läsas. Skicka ett JSON-objekt med de fält som API:t "
                + "beskriver, alla som text."), request);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ModelAndView mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        return answer(Refusal.of(Kind.UNSUPPORTED_MEDIA_TYPE, "Skicka begäran som JSON (Content-Type: "
                + "application/json)."), request);
    }

    @ExceptionHandler(AuthorizationException.class)
    ModelAndView notAuthorized(AuthorizationException e, HttpServletRequest request) {
        return answer(Refusal.forbidden("Kontot saknar behörighet till det här. Be en administratör om medlemskap i "
                + "en grupp som får det."), request);
    }

    private ModelAndView answer(Refusal refusal, HttpServletRequest request) {
        HttpStatus status = HttpStatus.valueOf(refusal.kind().status());
        String path = request.getRequestURI().substring(request.getContextPath().length());
        ModelAndView answer = path.startsWith("/api/") ? problem(refusal, status) : page(refusal, Pages.of(path));
        answer.setStatus(status);
        return answer;
    }

    private ModelAndView problem(Refusal refusal, HttpStatus status) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, refusal.detail());
        problem.setTitle(Pages.title(refusal.kind(), null));
        List<Refusal.Reason> reasons = refusal.fieldReasons();
        if (reasons.stream().anyMatch(reason -> reason.field() != null) || reasons.size() > 1) {
            problem.setProperty("errors", reasons);
        }
        MappingJackson2JsonView view = new MappingJackson2JsonView(json);
        view.setContentType(PROBLEM_JSON);
        view.setExtractValueFromSingleKeyModel(true);
        return new ModelAndView(view, "problem", problem);
    }

    private static ModelAndView page(Refusal refusal, Pages page) {
        boolean back = page != null && refusal.kind() == Kind.BAD_INPUT;
        return new ModelAndView("refused", Map.of(
                "title", Pages.title(refusal.kind(), page),
                "messages", refusal.reasons(),
                "signIn", refusal.kind() == Kind.NOT_SIGNED_IN,
                "backPath", back ? page.path() : "",
                "backText", back ? page.back() : ""));
    }
}
