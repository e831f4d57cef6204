package se.linkoping.samverkan.calendar;

import se.linkoping.samverkan.support.OnH2;

@OnH2
class CalendarOnH2Test extends CalendarScenarios {
}
