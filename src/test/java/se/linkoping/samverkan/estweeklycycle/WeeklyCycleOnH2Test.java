package se.linkoping.samverkan.estweeklycycle;

import se.linkoping.samverkan.support.OnH2;

@OnH2
class WeeklyCycleOnH2Test extends WeeklyCycleScenarios {
}
