package se.linkoping.samverkan.calendar;

import se.linkoping.samverkan.support.OnPostgres;

@OnPostgres
class CalendarOnPostgresTest extends CalendarScenarios {
}
