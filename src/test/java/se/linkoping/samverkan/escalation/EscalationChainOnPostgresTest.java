package se.linkoping.samverkan.escalation;

import se.linkoping.samverkan.OnPostgres;

@OnPostgres
class EscalationChainOnPostgresTest extends EscalationChainScenarios {
}
