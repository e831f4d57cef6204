package se.linkoping.samverkan.eventcoordination;

import se.linkoping.samverkan.support.OnPostgres;

@OnPostgres
class EventsOnPostgresTest extends EventsScenarios {
}
