package se.linkoping.samverkan.demo;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import se.linkoping.samverkan.meeting.MeetingBody;

/**
 * What staff start themselves, from Tasklist's start forms: the matters they raise — at fixed points of
 * the quarter, and as the rising problem climbs —, next year's round of the cooperation agreement,
 * whose draft is left waiting, and what waits for the district coordinators and the politicians.
 */
final class StaffInitiatives {

    /** The event the district coordinators plan for when the demo opens. */
    static final String DISTRICT_DAY = "Stadsdelsdag i Skäggetorp";

    private final Staff staff;
    private final Quarter quarter;
    private final StaffWork.Scheduler scheduler;

    StaffInitiatives(Staff staff, Quarter quarter, StaffWork.Scheduler scheduler) {
        this.staff = staff;
        this.quarter = quarter;
        this.scheduler = scheduler;
    }

    /** The matters and the agreement of the storyline, at their times. */
    void schedule() {
        scheduler.at(Quarter.at(quarter.monday(0).plusDays(1), LocalTime.of(9, 30)), "this year's agreement",
                () -> staff.start("cooperation-agreement", "erik.sandberg", Map.of("reason",
                        "Samverkansöverenskommelsen och medborgarlöftet för perioden tas fram utifrån lägesbilden.")));
        scheduler.at(Quarter.at(quarter.monday(0).plusDays(3), LocalTime.of(10, 12)), "the graffiti matter",
                () -> raise("erik.sandberg", Storyline.GRAFFITI_MATTER,
                        "Stångåstaden rapporterar omfattande klotter på sina fastigheter i Valla de senaste veckorna. "
                                + "Behöver samordnas med kommunens saneringsavtal?",
                        MeetingBody.COORDINATION_GROUP, "valla", "skadegorelse", false));
        scheduler.at(quarter.end().minus(Duration.ofHours(26)), "the acute matter",
                () -> raise("sara.nilsson", Storyline.ACUTE_MATTER,
                        "Personalen på fritidsgården har hotats två kvällar i rad av en grupp ungdomar. "
                                + "Verksamheten överväger att stänga kvällstid.",
                        MeetingBody.COORDINATION_GROUP, Storyline.ACUTE_DISTRICT, Storyline.ACUTE_CATEGORY, true));
        scheduler.at(Quarter.workingTime(Quarter.at(Quarter.day(quarter.end().minus(Duration.ofDays(9))),
                LocalTime.of(10, 40))), "the cooperation agreement", () -> staff.start("cooperation-agreement",
                "erik.sandberg", Map.of("reason", "Överenskommelsen och medborgarlöftet ses över inför nästa år: "
                        + "lägesbilden i Skäggetorp och Berga har förändrats under kvartalet.")));
        scheduleWhatWaits();
    }

    /**
     * What waits for the district coordinators and the political steering group when the demo opens, not
     * yet due: the coordination group registers a district day two and a half weeks ahead, whose
     * participants plan for it from three weeks before; and on the last working day the steering group's
     * director raises an acute matter with the political steering group, whose extra meeting (held after
     * the quarter) takes up the matter and the citizen promise's follow-up.
     */
    private void scheduleWhatWaits() {
        LocalDate today = Quarter.day(quarter.end());
        scheduler.at(Quarter.workingTime(Quarter.at(today.minusDays(10), LocalTime.of(13, 15))), "the district day",
                () -> {
                    Map<String, Object> form = new HashMap<>();
                    form.put("eventName", DISTRICT_DAY);
                    form.put("eventDate", today.plusDays(17).toString());
                    form.put("district", Storyline.CHAIN_DISTRICT);
                    form.put("expectedVisitors", 1500);
                    form.put("organiser", "Skäggetorps föreningsråd");
                    form.put("participants", List.of("district-coordinators", "police", "culture-leisure",
                            "municipal-companies"));
                    staff.start("event-coordination", "johan.berg", form);
                });
        scheduler.at(Quarter.at(Quarter.workingDayBefore(today), LocalTime.of(9, 10)), "the acute political matter",
                () -> raise("maria.ek", Storyline.POLITICAL_MATTER,
                        "Hot och våld i Skäggetorps centrum har ökat de senaste veckorna. Styrgruppen begär ett snabbt "
                                + "beslut om medel för belysning och trygghetsvärdar, som inte ryms i förvaltningarnas "
                                + "budgetar.",
                        MeetingBody.POLITICAL_STEERING_GROUP, Storyline.CHAIN_DISTRICT, null, true));
    }

    /** A member raises a matter at a level with the matter's start form. */
    void raise(String user, String title, String description, MeetingBody level, String district, String category,
               boolean acute) {
        Map<String, Object> form = new HashMap<>();
        form.put("title", title);
        form.put("description", description);
        form.put("level", level.id());
        form.put("district", district);
        form.put("category", category);
        form.put("acute", acute);
        staff.start("matter", user, form);
    }
}
