package se.linkoping.samverkan.incidentreport;

import se.linkoping.samverkan.support.OnPostgres;

@OnPostgres
class IncidentIntakeOnPostgresTest extends IncidentIntakeScenarios {
}
