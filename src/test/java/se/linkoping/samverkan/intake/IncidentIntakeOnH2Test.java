package se.linkoping.samverkan.intake;

import se.linkoping.samverkan.OnH2;

@OnH2
class IncidentIntakeOnH2Test extends IncidentIntakeScenarios {
}
