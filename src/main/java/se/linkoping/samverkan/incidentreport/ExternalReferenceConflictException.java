package se.linkoping.samverkan.incidentreport;

/** A partner reused an external reference for a report with other contents. */
public class ExternalReferenceConflictException extends RuntimeException {

    private final transient StoredIncidentReport stored;

    public ExternalReferenceConflictException(StoredIncidentReport stored) {
        super("Den externa referensen ”" + stored.externalReference() + "” från källan " + stored.sourceCode()
                + " användes redan för rapport " + stored.id() + " med ett annat innehåll. En rapport ändras inte "
                + "genom att skickas igen: använd en ny extern referens för en ny rapport.");
        this.stored = stored;
    }

    public StoredIncidentReport stored() {
        return stored;
    }
}
