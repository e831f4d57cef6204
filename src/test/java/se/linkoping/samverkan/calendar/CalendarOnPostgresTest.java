package se.linkoping.samverkan.calendar;

import se.linkoping.samverkan.OnPostgres;

@OnPostgres
class CalendarOnPostgresTest extends CalendarScenarios {
}
