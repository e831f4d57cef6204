package se.linkoping.samverkan.eventcoordination;

import se.linkoping.samverkan.support.OnH2;

@OnH2
class EventsOnH2Test extends EventsScenarios {
}
