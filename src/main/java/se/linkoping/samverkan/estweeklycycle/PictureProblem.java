package se.linkoping.samverkan.estweeklycycle;

/**
 * A stored problem of a week's picture, with the names people read and what EST and the decision
 * tables made of it. Analysis fields are null until EST has analysed the week.
 */
public record PictureProblem(long id, long pictureId, String district, String districtName, String category,
                             String categoryName, boolean violenceOrThreat, String place, int reportsThisWeek,
                             double previousWeeksAverage, Trend trend, int consecutiveWeeks, ProblemStatus status,
                             Long mergedInto, String placeType, Integer departmentsInvolved, Boolean needsResources,
                             Boolean needsPolicyDecision, Integer priority, Integer weeksPersisting,
                             String escalationLevel) {

    /** "Skäggetorp – Skadegörelse och klotter", and the place for a hot spot. */
    public String area() {
        return districtName + " – " + categoryName + (place == null ? "" : " (" + place + ")");
    }
}
