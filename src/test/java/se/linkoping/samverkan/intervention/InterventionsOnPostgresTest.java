package se.linkoping.samverkan.intervention;

import se.linkoping.samverkan.support.OnPostgres;

@OnPostgres
class InterventionsOnPostgresTest extends InterventionsScenarios {
}
