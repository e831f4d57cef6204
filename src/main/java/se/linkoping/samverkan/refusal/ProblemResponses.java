package se.linkoping.samverkan.refusal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.MediaType;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A refusal answered as RFC 9457 problem details by a servlet filter, where the web's advice does not reach:
 * the same {@code type}, Swedish {@code title}, {@code status} and {@code detail}.
 */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    /** The problem's members, in order; a caller may add its own before writing them. */
    public static Map<String, Object> of(Refusal refusal) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", refusal.kind().title());
        problem.put("status", refusal.kind().status());
        problem.put("detail", refusal.detail());
        return problem;
    }

    public static void write(HttpServletResponse response, int status, Map<String, Object> problem, ObjectMapper json)
            throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
