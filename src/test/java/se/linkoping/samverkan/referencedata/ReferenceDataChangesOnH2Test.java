package se.linkoping.samverkan.referencedata;

import se.linkoping.samverkan.support.OnH2;

@OnH2
class ReferenceDataChangesOnH2Test extends ReferenceDataChangesScenarios {
}
