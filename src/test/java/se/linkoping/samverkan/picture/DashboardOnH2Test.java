package se.linkoping.samverkan.picture;

import se.linkoping.samverkan.support.OnH2;

@OnH2
class DashboardOnH2Test extends DashboardScenarios {
}
