package se.linkoping.samverkan.yearlyreport;

import se.linkoping.samverkan.support.OnH2;

@OnH2
class YearlyReportOnH2Test extends YearlyReportScenarios {
}
