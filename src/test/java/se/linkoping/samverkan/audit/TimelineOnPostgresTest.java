package se.linkoping.samverkan.audit;

import se.linkoping.samverkan.support.OnPostgres;

@OnPostgres
class TimelineOnPostgresTest extends TimelineScenarios {
}
