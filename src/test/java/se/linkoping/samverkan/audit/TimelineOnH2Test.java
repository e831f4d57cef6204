package se.linkoping.samverkan.audit;

import se.linkoping.samverkan.support.OnH2;

@OnH2
class TimelineOnH2Test extends TimelineScenarios {
}
