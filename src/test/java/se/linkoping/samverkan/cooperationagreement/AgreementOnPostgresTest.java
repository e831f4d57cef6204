package se.linkoping.samverkan.cooperationagreement;

import se.linkoping.samverkan.OnPostgres;

@OnPostgres
class AgreementOnPostgresTest extends AgreementScenarios {
}
