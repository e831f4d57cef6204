package se.linkoping.samverkan.incidentreport;

import java.util.List;

import se.linkoping.samverkan.refusal.Refusal;
import se.linkoping.samverkan.refusal.Refusal.Kind;
import se.linkoping.samverkan.refusal.Refusal.Reason;

/** How the intake says no: every field's reason at once, so the sender can fix them together. */
final class ReportRefusals {

    private ReportRefusals() {
    }

    /** A report that was not stored. */
    static Refusal rejected(List<Reason> reasons) {
        int count = reasons.size();
        return new Refusal(Kind.BAD_INPUT, "Rapporten togs inte emot: " + (count == 1 ? "ett fel" : count + " fel")
                + " att rätta. Inget har sparats.", reasons);
    }

    /** A partner reused an external reference for a report with other contents. */
    static Refusal referenceUsed(StoredIncidentReport stored) {
        return new Refusal(Kind.CONFLICT, "Den externa referensen ”" + stored.externalReference() + "” från källan "
                + stored.sourceCode() + " användes redan för rapport " + stored.id() + " med ett annat innehåll. En "
                + "rapport ändras inte genom att skickas igen: använd en ny extern referens för en ny rapport.",
                List.of(new Reason("externalReference", "Referensen är redan använd för en annan rapport.")));
    }

    /** The account may not start the intake process. */
    static Refusal mayNotReport() {
        return Refusal.forbidden("Kontot saknar behörighet att rapportera händelser. Be en administratör om "
                + "medlemskap i en grupp som får starta ”Rapportera händelse”.");
    }
}
