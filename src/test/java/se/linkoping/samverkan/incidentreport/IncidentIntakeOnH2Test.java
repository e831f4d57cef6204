package se.linkoping.samverkan.incidentreport;

import se.linkoping.samverkan.support.OnH2;

@OnH2
class IncidentIntakeOnH2Test extends IncidentIntakeScenarios {
}
