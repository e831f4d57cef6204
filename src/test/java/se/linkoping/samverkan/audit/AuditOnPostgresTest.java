package se.linkoping.samverkan.audit;

import se.linkoping.samverkan.support.OnPostgres;

@OnPostgres
class AuditOnPostgresTest extends AuditScenarios {
}
