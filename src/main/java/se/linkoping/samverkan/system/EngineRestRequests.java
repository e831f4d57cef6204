package se.linkoping.samverkan.system;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Whether the engine works on a request to Camunda's REST API — {@code /engine-rest/**} or the webapps'
 * {@code /camunda/api/**} that Tasklist, Cockpit and Admin call — where anything a caller sends arrives,
 * rather than for Samverkan's own code, a job or a timer.
 */
@Component
public class EngineRestRequests {

    private final String webappApi;

    public EngineRestRequests(@Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
        this.webappApi = (webappPath.endsWith("/") ? webappPath : webappPath + "/") + "api/";
    }

    /** Whether the current thread serves such a request. */
    public boolean now() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (!(attributes instanceof ServletRequestAttributes servlet)) {
            return false;
        }
        HttpServletRequest request = servlet.getRequest();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/engine-rest/") || path.startsWith(webappApi);
    }
}
