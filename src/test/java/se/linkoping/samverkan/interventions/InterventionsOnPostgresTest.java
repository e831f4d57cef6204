package se.linkoping.samverkan.interventions;

import se.linkoping.samverkan.OnPostgres;

@OnPostgres
class InterventionsOnPostgresTest extends InterventionsScenarios {
}
