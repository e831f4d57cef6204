package se.linkoping.samverkan.access;

import se.linkoping.samverkan.OnPostgres;

@OnPostgres
class AccessOnPostgresTest extends AccessScenarios {
}
