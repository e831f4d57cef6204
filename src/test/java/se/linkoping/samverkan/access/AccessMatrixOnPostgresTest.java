package se.linkoping.samverkan.access;

import se.linkoping.samverkan.support.OnPostgres;

@OnPostgres
class AccessMatrixOnPostgresTest extends AccessMatrixScenarios {
}
