package se.linkoping.samverkan.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import se.linkoping.samverkan.refusal.Refusal;

/**
 * A refusal answered as RFC 9457 problem details by a servlet filter, where {@link RefusalAdvice} does not
 * reach: the same {@code type}, Swedish {@code title}, {@code status} and {@code detail}.
 */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    /** The problem's members, in order; a caller may add its own before writing them. */
    public static Map<String, Object> of(Refusal refusal) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", Pages.title(refusal.kind(), null));
        problem.put("status", refusal.kind().status());
        problem.put("detail", refusal.detail());
        return problem;
    }

    public static void write(HttpServletResponse response, int status, Map<String, Object> problem, ObjectMapper json)
            throws IOException {
        response.setStatus(status);
        response.setContentType(Answers.PROBLEM_JSON);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
