package se.linkoping.samverkan.intervention;

import se.linkoping.samverkan.OnPostgres;

@OnPostgres
class InterventionsOnPostgresTest extends InterventionsScenarios {
}
