package se.linkoping.samverkan.meeting;

/** A district plan of the tertial analysis: goals, picture and action plan for a district, as proposed. */
public record DistrictPlan(long id, String district, String districtName, String goals, String picture,
                           String actionPlan, String proposedBy, DistrictPlanStatus status) {
}
