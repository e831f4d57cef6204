package se.linkoping.samverkan.cooperationagreement;

import se.linkoping.samverkan.support.OnH2;

@OnH2
class AgreementOnH2Test extends AgreementScenarios {
}
