package se.linkoping.samverkan.eventcoordination;

import se.linkoping.samverkan.OnPostgres;

@OnPostgres
class EventsOnPostgresTest extends EventsScenarios {
}
