package se.linkoping.samverkan.identity;

import se.linkoping.samverkan.support.OnH2;

@OnH2
class PasswordPolicyOnH2Test extends PasswordPolicyScenarios {
}
