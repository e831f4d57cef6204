package se.linkoping.samverkan.identity;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says how to remove what the demo left, instead of a stack trace. */
public class DemoLeftoversFailureAnalyzer extends AbstractFailureAnalyzer<DemoLeftoversException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DemoLeftoversException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Ta bort dem: starta en gång med SAMVERKAN_DEMO_REMOVE_LEFTOVERS=true (eller "
                        + DemoLeftovers.REMOVE_SETTING + "=true). Då raderas demoanvändarna och varje användare med "
                        + "ett känt lösenord, med sina gruppmedlemskap. Finns ingen administratör kvar, sätt också "
                        + "SAMVERKAN_ADMIN_USER och SAMVERKAN_ADMIN_PASSWORD för en ny. Vill du hellre behålla en "
                        + "användare: starta med profilen demo på en dator utan nätverk och ge den ett nytt lösenord i "
                        + "Camunda Admin. " + PasswordPolicy.rule(),
                cause);
    }
}
