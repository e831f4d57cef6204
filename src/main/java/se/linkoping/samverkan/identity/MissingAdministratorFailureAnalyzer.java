package se.linkoping.samverkan.identity;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a missing first administrator into a short, clear start-up message instead of a stack trace. */
public class MissingAdministratorFailureAnalyzer extends AbstractFailureAnalyzer<MissingAdministratorException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MissingAdministratorException cause) {
        if (cause.action() != null) {
            return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
        }
        return new FailureAnalysis(cause.getMessage(),
                "Sätt miljövariablerna SAMVERKAN_ADMIN_USER och SAMVERKAN_ADMIN_PASSWORD (eller egenskaperna "
                        + "samverkan.admin.user-id och samverkan.admin.password) och starta igen. Användaren skapas "
                        + "vid första starten och blir medlem i gruppen camunda-admin; byt sedan lösenordet i Camunda Admin.",
                cause);
    }
}
