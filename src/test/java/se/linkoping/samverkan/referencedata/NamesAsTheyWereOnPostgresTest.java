package se.linkoping.samverkan.referencedata;

import se.linkoping.samverkan.support.OnPostgres;

@OnPostgres
class NamesAsTheyWereOnPostgresTest extends NamesAsTheyWereScenarios {
}
