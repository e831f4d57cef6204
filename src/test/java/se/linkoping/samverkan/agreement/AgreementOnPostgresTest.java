package se.linkoping.samverkan.agreement;

import se.linkoping.samverkan.OnPostgres;

@OnPostgres
class AgreementOnPostgresTest extends AgreementScenarios {
}
