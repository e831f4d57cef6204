package se.linkoping.samverkan.cooperationagreement;

/** The variables of {@code cooperation-agreement} that more than one step sets, for the forms that show them. */
final class AgreementVariables {

    /** The agreement as its readers see it (consultation, decision, signing, follow-up). */
    static final String AGREEMENT_TEXT = "agreementText";
    /** Why the political steering group returned the draft; empty when it did not. */
    static final String RETURNED_BECAUSE = "returnedBecause";
    /** The citizen promise's follow-ups so far. */
    static final String PREVIOUS_FOLLOW_UPS = "previousFollowUps";

    private AgreementVariables() {
    }
}
