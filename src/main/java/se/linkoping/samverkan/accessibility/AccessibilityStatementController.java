package se.linkoping.samverkan.accessibility;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code GET /tillganglighet}: the accessibility statement, for anyone, without login (the law asks that it can be
 * reached from the service and by those who cannot use it). Its text is the template's; where problems are reported
 * is a setting ({@code samverkan.accessibility.contact}, default the address mail is sent from).
 */
@Controller
class AccessibilityStatementController {

    static final String PATH = "/tillganglighet";

    private final String contact;

    AccessibilityStatementController(@Value("${samverkan.accessibility.contact:${samverkan.mail.from}}") String contact) {
        this.contact = contact;
    }

    @GetMapping(PATH)
    String statement(Model model, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=3600");
        model.addAttribute("contact", contact);
        return "accessibility/statement";
    }
}
