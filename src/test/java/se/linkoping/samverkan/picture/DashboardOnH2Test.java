package se.linkoping.samverkan.picture;

import se.linkoping.samverkan.OnH2;

@OnH2
class DashboardOnH2Test extends DashboardScenarios {
}
