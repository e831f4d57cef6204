package se.linkoping.samverkan.matter;

import se.linkoping.samverkan.support.OnH2;

@OnH2
class WholeChainOnH2Test extends WholeChainScenarios {
}
