package se.linkoping.samverkan.report;

import se.linkoping.samverkan.OnPostgres;

@OnPostgres
class YearlyReportOnPostgresTest extends YearlyReportScenarios {
}
