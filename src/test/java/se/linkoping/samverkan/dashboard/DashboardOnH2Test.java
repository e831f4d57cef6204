package se.linkoping.samverkan.dashboard;

import se.linkoping.samverkan.OnH2;

@OnH2
class DashboardOnH2Test extends DashboardScenarios {
}
