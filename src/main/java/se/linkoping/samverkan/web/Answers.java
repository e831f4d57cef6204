package se.linkoping.samverkan.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.json.MappingJackson2JsonView;

import com.fasterxml.jackson.databind.ObjectMapper;

import se.linkoping.samverkan.refusal.Refusal;
import se.linkoping.samverkan.refusal.Refusal.Kind;

/**
 * A refusal as the asker reads it, by where they asked: under {@code /api} RFC 9457 problem details; under
 * Camunda's REST APIs ({@code /engine-rest}, the webapps' {@code /camunda/api}) the JSON those clients read
 * ({@code type}, {@code message}); elsewhere the one refused page. A refusal for want of the database says
 * when to try again ({@code Retry-After}).
 */
final class Answers {

    static final String PROBLEM_JSON = "application/problem+json";

    private Answers() {
    }

    /** The path of a request without the context path. */
    static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    static boolean isEngineApi(String path) {
        return path.startsWith("/engine-rest/") || path.equals("/engine-rest") || path.startsWith("/camunda/api/");
    }

    static ModelAndView answer(Refusal refusal, HttpStatus status, String path, HttpServletResponse response,
                               ObjectMapper json) {
        if (refusal.kind() == Kind.UNAVAILABLE) {
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(Faults.RETRY_AFTER_SECONDS));
        }
        ModelAndView answer;
        if (path.startsWith("/api/")) {
            answer = problem(refusal, status, json);
        } else if (isEngineApi(path)) {
            answer = engine(refusal, status, json);
        } else {
            answer = page(refusal, Pages.of(path));
        }
        answer.setStatus(status);
        return answer;
    }

    private static ModelAndView problem(Refusal refusal, HttpStatus status, ObjectMapper json) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, refusal.detail());
        problem.setTitle(Pages.title(refusal.kind(), null));
        List<Refusal.Reason> reasons = refusal.fieldReasons();
        if (reasons.stream().anyMatch(reason -> reason.field() != null) || reasons.size() > 1) {
            problem.setProperty("errors", reasons);
        }
        return new ModelAndView(json(json, PROBLEM_JSON, "problem"), "problem", problem);
    }

    /** As Camunda's REST API answers errors (Tasklist and Modeler show {@code message}), in Swedish. */
    private static ModelAndView engine(Refusal refusal, HttpStatus status, ObjectMapper json) {
        return new ModelAndView(json(json, MediaType.APPLICATION_JSON_VALUE, "error"), "error",
                engineBody(refusal, status));
    }

    /** The body of an engine REST error: the status's name as the type, the Swedish title and message. */
    static Map<String, Object> engineBody(Refusal refusal, HttpStatus status) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", status.getReasonPhrase().replace(" ", ""));
        body.put("status", status.value());
        body.put("title", Pages.title(refusal.kind(), null));
        body.put("message", refusal.detail());
        return body;
    }

    /**
     * Writes a refusal of an API request ({@code /api} or Camunda's) straight onto the response, for a filter that
     * refuses before any servlet runs: an error dispatch would make Spring read a multipart body that Camunda's
     * servlet was to read.
     */
    static void write(Refusal refusal, String path, HttpServletResponse response, ObjectMapper json) throws IOException {
        HttpStatus status = HttpStatus.valueOf(refusal.kind().status());
        Object body;
        String contentType;
        if (path.startsWith("/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, refusal.detail());
            problem.setTitle(Pages.title(refusal.kind(), null));
            body = problem;
            contentType = PROBLEM_JSON;
        } else {
            body = engineBody(refusal, status);
            contentType = MediaType.APPLICATION_JSON_VALUE;
        }
        if (refusal.kind() == Kind.UNAVAILABLE) {
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(Faults.RETRY_AFTER_SECONDS));
        }
        response.setStatus(status.value());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType(contentType);
        json.writeValue(response.getOutputStream(), body);
    }

    /** A JSON answer of the one model entry {@code key}: what else the model holds (a page's header) stays out. */
    private static MappingJackson2JsonView json(ObjectMapper json, String contentType, String key) {
        MappingJackson2JsonView view = new MappingJackson2JsonView(json);
        view.setContentType(contentType);
        view.setModelKeys(Set.of(key));
        view.setExtractValueFromSingleKeyModel(true);
        return view;
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
