package se.linkoping.samverkan.forms;

import se.linkoping.samverkan.support.OnPostgres;

@OnPostgres
class DeclaredVariablesOnPostgresTest extends DeclaredVariablesScenarios {
}
