package se.linkoping.samverkan.yearlyreport;

import se.linkoping.samverkan.support.OnPostgres;

@OnPostgres
class YearlyReportOnPostgresTest extends YearlyReportScenarios {
}
