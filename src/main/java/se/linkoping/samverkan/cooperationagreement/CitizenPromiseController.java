package se.linkoping.samverkan.cooperationagreement;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import se.linkoping.samverkan.system.Swedish;

/**
 * {@code GET /medborgarlofte}: the citizen promise in force and its follow-ups, for anyone, without
 * login. It shows only what was published: not drafts, decisions' rationales or who wrote what. Shared caches
 * may keep it for five minutes.
 */
@Controller
class CitizenPromiseController {

    static final String PATH = "/medborgarlofte";

    /** The page's content, dates in Swedish. */
    record View(String promise, Day from, Day to, Day published, List<FollowUp> followUps) {
    }

    record Day(String iso, String swedish) {
        static Day of(LocalDate date) {
            return new Day(date.toString(), Swedish.day(date));
        }
    }

    record FollowUp(Day on, String status, String summary) {
    }

    private final CitizenPromises promises;

    CitizenPromiseController(CitizenPromises promises) {
        this.promises = promises;
    }

    /** Public and the same for everyone: shared caches may keep it a few minutes (everything else: no-store). */
    static final String CACHE_CONTROL = "public, max-age=300";

    @GetMapping(PATH)
    String promise(Model model, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        model.addAttribute("promise", promises.publicPromise()
                .map(p -> new View(p.promise(), Day.of(p.periodStart()), Day.of(p.periodEnd()), Day.of(p.publishedOn()),
                        p.followUps().stream().map(f -> new FollowUp(Day.of(f.on()), f.status().swedish(), f.summary()))
                                .toList()))
                .orElse(null));
        return "cooperationagreement/citizen-promise";
    }
}
