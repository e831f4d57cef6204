package se.linkoping.samverkan.picture;

import se.linkoping.samverkan.support.OnPostgres;

@OnPostgres
class DashboardOnPostgresTest extends DashboardScenarios {
}
