package se.linkoping.samverkan.cooperationagreement;

import se.linkoping.samverkan.support.OnPostgres;

@OnPostgres
class AgreementOnPostgresTest extends AgreementScenarios {
}
