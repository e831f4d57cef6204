package se.linkoping.samverkan.estweeklycycle;

import se.linkoping.samverkan.support.OnPostgres;

@OnPostgres
class WeeklyCycleOnPostgresTest extends WeeklyCycleScenarios {
}
