package se.linkoping.samverkan.incidentreport;

import java.time.format.DateTimeFormatter;
import java.util.List;

import se.linkoping.samverkan.refusal.Refusal;
import se.linkoping.samverkan.refusal.Refusal.Kind;
import se.linkoping.samverkan.refusal.Refusal.Reason;
import se.linkoping.samverkan.system.Swedish;

/** How the intake says no: every field's reason at once, so the sender can fix them together. */
final class ReportRefusals {

    private static final DateTimeFormatter RECEIVED =
            DateTimeFormatter.ofPattern("yyyy-MM-dd 'kl.' HH:mm").withZone(Swedish.ZONE);

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

    /** The same report again (a double submit): the stored one's receipt, nothing stored twice. */
    static Refusal alreadyReceived(StoredIncidentReport stored) {
        return Refusal.of(Kind.CONFLICT, "Rapporten är redan mottagen: rapport " + stored.id() + " med den externa "
                + "referensen ”" + stored.externalReference() + "”, mottagen " + RECEIVED.format(stored.receivedAt())
                + ". Den sparades inte en gång till.");
    }

    /** The same report sent twice at once, the other one not yet stored for good. */
    static Refusal beingReceived() {
        return Refusal.of(Kind.CONFLICT, "En rapport med samma externa referens tas emot just nu. Den här sparades "
                + "inte; se efter i Tasklist om rapporten finns innan du skickar den igen.");
    }

    /** Two EST members assessed the same report at once: the other one's assessment was stored. */
    static Refusal alreadyAssessed() {
        return Refusal.of(Kind.CONFLICT, "Händelsen är redan bedömd av en annan medlem i EST, som hann före. Din "
                + "bedömning sparades inte. Ladda om uppgiftslistan.");
    }

    /** The account may not start the intake process. */
    static Refusal mayNotReport() {
        return Refusal.forbidden("Kontot saknar behörighet att rapportera händelser. Be en administratör om "
                + "medlemskap i en grupp som får starta ”Rapportera händelse”.");
    }
}
