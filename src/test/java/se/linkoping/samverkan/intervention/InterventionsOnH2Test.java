package se.linkoping.samverkan.intervention;

import se.linkoping.samverkan.support.OnH2;

@OnH2
class InterventionsOnH2Test extends InterventionsScenarios {
}
