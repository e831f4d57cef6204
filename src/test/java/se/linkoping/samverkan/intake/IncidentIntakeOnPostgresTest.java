package se.linkoping.samverkan.intake;

import se.linkoping.samverkan.OnPostgres;

@OnPostgres
class IncidentIntakeOnPostgresTest extends IncidentIntakeScenarios {
}
