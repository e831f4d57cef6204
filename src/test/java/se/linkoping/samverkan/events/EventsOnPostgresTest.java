package se.linkoping.samverkan.events;

import se.linkoping.samverkan.OnPostgres;

@OnPostgres
class EventsOnPostgresTest extends EventsScenarios {
}
