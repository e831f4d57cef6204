package se.linkoping.samverkan.audit;

import se.linkoping.samverkan.OnPostgres;

@OnPostgres
class AuditOnPostgresTest extends AuditScenarios {
}
