package se.linkoping.samverkan.audit;

import se.linkoping.samverkan.OnH2;

@OnH2
class TimelineOnH2Test extends TimelineScenarios {
}
