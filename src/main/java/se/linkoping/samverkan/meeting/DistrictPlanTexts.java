package se.linkoping.samverkan.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import se.linkoping.samverkan.estweeklycycle.PictureRecords;
import se.linkoping.samverkan.forms.TextFields;
import se.linkoping.samverkan.referencedata.ReferenceData;
import se.linkoping.samverkan.system.Swedish;

/** What the tertial analysis's proposers and deciders read ({@code ${districtPlanTexts...}} in the processes). */
@Component("districtPlanTexts")
public class DistrictPlanTexts {

    private final DistrictPlanRecords records;
    private final PictureRecords pictures;
    private final ReferenceData referenceData;
    private final Clock clock;

    public DistrictPlanTexts(DistrictPlanRecords records, PictureRecords pictures, ReferenceData referenceData,
                             Clock clock) {
        this.records = records;
        this.pictures = pictures;
        this.referenceData = referenceData;
        this.clock = clock;
    }

    /** What the proposers read about a district: its problems of the period. */
    public String districtFacts(String district) {
        LocalDate since = LocalDate.now(clock).minusWeeks(DistrictPlans.TERTIAL_WEEKS);
        List<String> lines = pictures.confirmedInDistrict(district, since).stream()
                .map(c -> "\n• " + c.categoryName() + ": " + c.weeks() + " veckor i lägesbilden, " + c.reports()
                        + " rapporter, högsta prioritet " + c.highestPriority())
                .toList();
        return referenceData.districtName(district) + ", de senaste " + DistrictPlans.TERTIAL_WEEKS + " veckorna:"
                + (lines.isEmpty() ? "\n• Inga bekräftade problem." : String.join("", lines));
    }

    /** The plan as the steering group reads it in its task (cut to what a form variable holds). */
    public String planText(long planId) {
        return TextFields.forDisplay(basis(records.find(planId)
                .orElseThrow(() -> new IllegalArgumentException("No district plan " + planId))));
    }

    /** The whole plan, as the decision record keeps it. */
    String basis(DistrictPlan plan) {
        return "Förslag från " + MeetingBody.COORDINATION_GROUP.swedishName().toLowerCase(Swedish.LOCALE) + " för "
                + plan.districtName() + ".\n\nMål: " + plan.goals() + "\n\nLägesbild: " + plan.picture()
                + "\n\nHandlingsplan: " + plan.actionPlan();
    }
}
