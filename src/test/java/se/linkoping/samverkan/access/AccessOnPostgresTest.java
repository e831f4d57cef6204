package se.linkoping.samverkan.access;

import se.linkoping.samverkan.support.OnPostgres;

@OnPostgres
class AccessOnPostgresTest extends AccessScenarios {
}
