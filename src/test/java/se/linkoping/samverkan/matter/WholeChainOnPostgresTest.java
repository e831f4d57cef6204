package se.linkoping.samverkan.matter;

import se.linkoping.samverkan.support.OnPostgres;

@OnPostgres
class WholeChainOnPostgresTest extends WholeChainScenarios {
}
