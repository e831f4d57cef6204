package se.linkoping.samverkan.dashboard;

import se.linkoping.samverkan.OnPostgres;

@OnPostgres
class DashboardOnPostgresTest extends DashboardScenarios {
}
