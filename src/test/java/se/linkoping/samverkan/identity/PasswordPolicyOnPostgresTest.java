package se.linkoping.samverkan.identity;

import se.linkoping.samverkan.support.OnPostgres;

@OnPostgres
class PasswordPolicyOnPostgresTest extends PasswordPolicyScenarios {
}
