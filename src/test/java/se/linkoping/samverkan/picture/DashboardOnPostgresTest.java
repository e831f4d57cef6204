package se.linkoping.samverkan.picture;

import se.linkoping.samverkan.OnPostgres;

@OnPostgres
class DashboardOnPostgresTest extends DashboardScenarios {
}
