package se.linkoping.samverkan.retention;

import se.linkoping.samverkan.support.OnPostgres;

@OnPostgres
class RetentionOnPostgresTest extends RetentionScenarios {
}
