package se.linkoping.samverkan.monitoring;

import se.linkoping.samverkan.support.OnPostgres;

@OnPostgres
class MonitoringOnPostgresTest extends MonitoringScenarios {
}
