package se.linkoping.samverkan.cooperationagreement;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code GET /medborgarlofte}: the citizen promise in force and its follow-ups, for anyone, without
 * login. It shows only what was published: not drafts, decisions' rationales or who wrote what.
 */
@Controller
class CitizenPromiseController {

    static final String PATH = "/medborgarlofte";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("sv"));

    /** The page's content, dates in Swedish. */
    record View(String promise, Day from, Day to, Day published, List<FollowUp> followUps) {
    }

    record Day(String iso, String swedish) {
        static Day of(LocalDate date) {
            return new Day(date.toString(), date.format(DAY));
        }
    }

    record FollowUp(Day on, String status, String summary) {
    }

    private final CooperationAgreements agreements;

    CitizenPromiseController(CooperationAgreements agreements) {
        this.agreements = agreements;
    }

    @GetMapping(PATH)
    String promise(Model model) {
        model.addAttribute("promise", agreements.publicPromise()
                .map(p -> new View(p.promise(), Day.of(p.periodStart()), Day.of(p.periodEnd()), Day.of(p.publishedOn()),
                        p.followUps().stream().map(f -> new FollowUp(Day.of(f.on()), f.status().swedish(), f.summary()))
                                .toList()))
                .orElse(null));
        return "cooperationagreement/citizen-promise";
    }
}
