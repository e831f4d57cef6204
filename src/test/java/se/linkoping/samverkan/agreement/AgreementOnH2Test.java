package se.linkoping.samverkan.agreement;

import se.linkoping.samverkan.OnH2;

@OnH2
class AgreementOnH2Test extends AgreementScenarios {
}
