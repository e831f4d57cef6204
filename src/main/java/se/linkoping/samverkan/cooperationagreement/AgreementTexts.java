package se.linkoping.samverkan.cooperationagreement;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.linkoping.samverkan.decision.DecisionRecords;
import se.linkoping.samverkan.forms.TextFields;
import se.linkoping.samverkan.identity.RoleHolders;
import se.linkoping.samverkan.system.Swedish;

/**
 * What the forms of {@code cooperation-agreement} show of a round: the draft to start from, the agreement
 * as its readers see it, why it was returned, the citizen promise's follow-ups so far.
 */
@Component
@Transactional(readOnly = true)
public class AgreementTexts {

    private final AgreementRecords records;
    private final DecisionRecords decisions;
    private final RoleHolders roles;

    public AgreementTexts(AgreementRecords records, DecisionRecords decisions, RoleHolders roles) {
        this.records = records;
        this.decisions = decisions;
        this.roles = roles;
    }

    /** What the drafting form starts from: the stored draft, or the previous agreement's contents. */
    public Map<String, Object> draftValues(String processInstanceId) {
        Agreement a = records.of(processInstanceId);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("focusProblems", a.focusProblems());
        values.put("probableCauses", a.probableCauses());
        values.put("goals", a.goals());
        values.put("documentation", a.documentation());
        values.put("citizenPromise", a.citizenPromise());
        return values;
    }

    /**
     * The agreement as the steering group, the political steering group, the signatories and the publisher
     * read it in their tasks, with who has signed it, in which role and when (cut to what a form variable
     * holds; the decision record keeps the agreement whole).
     */
    public String text(String processInstanceId) {
        return TextFields.forDisplay(whole(records.of(processInstanceId)) + signatures(processInstanceId));
    }

    /** "Undertecknad: Lars Holm (KS ordförande) 3 mars 2027; …", or nothing before the first signature. */
    String signatures(String processInstanceId) {
        List<String> signed = records.signatures(processInstanceId).stream()
                .map(s -> roles.actedAs(s.signedBy(), s.signatory().role()) + " " + Swedish.day(s.signedAt()))
                .toList();
        return signed.isEmpty() ? "" : "\n\nUndertecknad: " + String.join("; ", signed) + ".";
    }

    /** The agreement whole, as the decision's basis. */
    String whole(Agreement a) {
        return "Samverkansöverenskommelse mellan Linköpings kommun och Polisen, lokalpolisområde Linköping, "
                + Swedish.day(a.periodStart()) + "–" + Swedish.day(a.periodEnd()) + "."
                + "\n\nProblemen i fokus: " + a.focusProblems()
                + "\n\nTroliga orsaker: " + a.probableCauses()
                + "\n\nMål: " + a.goals()
                + "\n\nDokumentation och uppföljning: " + a.documentation()
                + "\n\nMedborgarlöftet (offentligt): " + a.citizenPromise()
                + (a.consultationOpinion() == null ? "" : "\n\nStyrgruppens yttrande: " + a.consultationOpinion());
    }

    /** Why the political steering group returned the draft, for the next draft; empty when it did not. */
    public String returnedBecause(String processInstanceId) {
        return decisions.about(DecisionRecords.Subject.AGREEMENT, records.of(processInstanceId).id()).stream()
                .reduce((first, last) -> last)
                .filter(last -> last.outcome() == DecisionRecords.Outcome.RETURNED)
                .map(last -> TextFields.forDisplay("Politiska styrgruppen skickade tillbaka utkastet "
                        + Swedish.day(last.decidedAt()) + ": " + last.rationale()))
                .orElse("");
    }

    /** The follow-ups so far, for the next one. */
    public String followUpText(String processInstanceId) {
        List<String> lines = records.followUpsOf(records.of(processInstanceId).id()).stream()
                .map(f -> "• " + Swedish.day(f.followedUpAt()) + " – " + f.status().swedish() + ": " + f.summary())
                .toList();
        return lines.isEmpty() ? "Inga uppföljningar ännu." : TextFields.forDisplay(String.join("\n", lines));
    }
}
