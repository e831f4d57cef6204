package se.linkoping.samverkan.matter;

import se.linkoping.samverkan.OnPostgres;

@OnPostgres
class WholeChainOnPostgresTest extends WholeChainScenarios {
}
