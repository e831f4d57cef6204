package se.linkoping.samverkan.audit;

import se.linkoping.samverkan.support.OnH2;

@OnH2
class AuditOnH2Test extends AuditScenarios {
}
