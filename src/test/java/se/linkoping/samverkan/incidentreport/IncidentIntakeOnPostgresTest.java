package se.linkoping.samverkan.incidentreport;

import se.linkoping.samverkan.OnPostgres;

@OnPostgres
class IncidentIntakeOnPostgresTest extends IncidentIntakeScenarios {
}
