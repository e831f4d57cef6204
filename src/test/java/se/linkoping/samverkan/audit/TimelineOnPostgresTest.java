package se.linkoping.samverkan.audit;

import se.linkoping.samverkan.OnPostgres;

@OnPostgres
class TimelineOnPostgresTest extends TimelineScenarios {
}
