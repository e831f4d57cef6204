package se.linkoping.samverkan.cooperationagreement;

import se.linkoping.samverkan.identity.OrganisationGroup;

/**
 * The two who sign the agreement, either first, each in a role one named person holds: the KS chair for the
 * municipality, the local police area chief for the police. Never the same person for both.
 */
public enum Signatory {

    KS_CHAIR(OrganisationGroup.KS_CHAIR, "underteckna samverkansöverenskommelsen för kommunen"),
    POLICE_CHIEF(OrganisationGroup.POLICE_AREA_CHIEF, "underteckna samverkansöverenskommelsen för Polisen");

    private final OrganisationGroup role;
    private final String duty;

    Signatory(OrganisationGroup role, String duty) {
        this.role = role;
        this.duty = duty;
    }

    /** The role whose holder signs: the candidate group of the signing task. */
    public OrganisationGroup role() {
        return role;
    }

    /** What only the role's holder may do, as a Swedish clause: "underteckna … för kommunen". */
    String duty() {
        return duty;
    }

    /** The one who signs for the other party. */
    Signatory other() {
        return this == KS_CHAIR ? POLICE_CHIEF : KS_CHAIR;
    }
}
