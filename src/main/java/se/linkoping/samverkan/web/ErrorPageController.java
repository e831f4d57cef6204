package se.linkoping.samverkan.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

import com.fasterxml.jackson.databind.ObjectMapper;

import se.linkoping.samverkan.refusal.Refusal;

/**
 * The error page, in place of Spring Boot's: what failed outside Samverkan's controllers — in a filter (the API's
 * login while the database is out of reach), in Camunda's webapps, or a status the server set by itself (404,
 * 405) — answered as {@link RefusalAdvice} answers, by where it was asked ({@link Answers}), in Swedish, and never
 * with SQL, a class name or a stack trace.
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class ErrorPageController implements ErrorController {

    private final ObjectMapper json;

    ErrorPageController(ObjectMapper json) {
        this.json = json;
    }

    @RequestMapping
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null ? "/error" : uri.toString().substring(request.getContextPath().length());
        Refusal refusal;
        HttpStatus answered;
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure) {
            refusal = Faults.of(failure, path);
            answered = HttpStatus.valueOf(refusal.kind().status());
        } else {
            int code = status instanceof Integer number ? number : HttpStatus.NOT_FOUND.value();
            HttpStatus known = HttpStatus.resolve(code);
            answered = known == null ? HttpStatus.INTERNAL_SERVER_ERROR : known;
            refusal = Faults.forStatus(answered.value());
        }
        return Answers.answer(refusal, answered, path, response, json);
    }
}
