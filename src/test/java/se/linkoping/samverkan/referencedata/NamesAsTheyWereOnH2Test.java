package se.linkoping.samverkan.referencedata;

import se.linkoping.samverkan.support.OnH2;

@OnH2
class NamesAsTheyWereOnH2Test extends NamesAsTheyWereScenarios {
}
