package se.linkoping.samverkan.interventions;

import se.linkoping.samverkan.OnH2;

@OnH2
class InterventionsOnH2Test extends InterventionsScenarios {
}
