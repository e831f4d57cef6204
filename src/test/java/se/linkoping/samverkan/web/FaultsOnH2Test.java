package se.linkoping.samverkan.web;

import se.linkoping.samverkan.support.OnH2;

@OnH2
class FaultsOnH2Test extends FaultScenarios {
}
