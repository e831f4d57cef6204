package se.linkoping.samverkan.monitoring;

import se.linkoping.samverkan.support.OnH2;

@OnH2
class MonitoringOnH2Test extends MonitoringScenarios {
}
