package se.linkoping.samverkan.report;

import se.linkoping.samverkan.OnH2;

@OnH2
class YearlyReportOnH2Test extends YearlyReportScenarios {
}
