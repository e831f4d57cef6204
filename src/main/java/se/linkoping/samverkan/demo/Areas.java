package se.linkoping.samverkan.demo;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import se.linkoping.samverkan.identity.OrganisationGroup;
import se.linkoping.samverkan.intervention.Intervention;
import se.linkoping.samverkan.system.Swedish;

/**
 * What EST and the bodies know of an area (a district and a category) when they decide: the matters
 * raised on it and the interventions going on there, as the tables' owners tell it. An intervention's
 * area is that of the problem it answers, or else of the matter it was decided on.
 */
final class Areas {

    /** A district and a category, as codes; either may be missing on a matter raised by a body. */
    record Area(String district, String category) {

        boolean is(String storyDistrict, String storyCategory) {
            return Storyline.is(district, category, storyDistrict, storyCategory);
        }
    }

    /** An intervention's area does not change: each is looked up once. */
    private final Map<Long, Area> ofIntervention = new HashMap<>();
    private final ApplicationParts app;
    private final EngineTime time;

    Areas(ApplicationParts app, EngineTime time) {
        this.app = app;
        this.time = time;
    }

    Area of(Intervention intervention) {
        return ofIntervention.computeIfAbsent(intervention.id(), id -> Optional.ofNullable(intervention.problemId())
                .flatMap(app.pictures()::problem).map(p -> new Area(p.district(), p.category()))
                .or(() -> Optional.ofNullable(intervention.matterId()).flatMap(app.matterRecords()::find)
                        .map(m -> new Area(m.district(), m.category())))
                .orElse(new Area(null, null)));
    }

    /**
     * The latest intervention on an area not yet followed up, or followed up in the last two weeks, as EST
     * names it: "title (responsible group, klar senast day)".
     */
    Optional<String> ongoingIntervention(String district, String category) {
        OffsetDateTime twoWeeksAgo = time.now().minus(Duration.ofDays(14)).atOffset(ZoneOffset.UTC);
        return app.interventions().notFollowedUpBefore(twoWeeksAgo).stream()
                .filter(i -> of(i).is(district, category)).findFirst()
                .map(i -> i.title() + " (" + OrganisationGroup.byId(i.responsibleGroup())
                        .map(OrganisationGroup::swedishName).orElse(i.responsibleGroup()) + ", klar senast "
                        + Swedish.day(i.dueDate()) + ")");
    }

    /** The body of the latest matter on an area raised within a period, in lower case ("styrgruppen"). */
    Optional<String> matterBody(String district, String category, Duration within) {
        return app.matterRecords().latestRaisedOn(district, category, time.now().minus(within).atOffset(ZoneOffset.UTC))
                .map(matter -> matter.level().swedishName().toLowerCase(Swedish.LOCALE));
    }
}
