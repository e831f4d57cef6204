package se.linkoping.samverkan.estweeklycycle;

import se.linkoping.samverkan.OnPostgres;

@OnPostgres
class WeeklyCycleOnPostgresTest extends WeeklyCycleScenarios {
}
