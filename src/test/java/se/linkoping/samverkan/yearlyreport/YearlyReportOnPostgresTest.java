package se.linkoping.samverkan.yearlyreport;

import se.linkoping.samverkan.OnPostgres;

@OnPostgres
class YearlyReportOnPostgresTest extends YearlyReportScenarios {
}
