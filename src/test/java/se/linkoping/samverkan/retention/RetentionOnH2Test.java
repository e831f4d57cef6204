package se.linkoping.samverkan.retention;

import se.linkoping.samverkan.support.OnH2;

@OnH2
class RetentionOnH2Test extends RetentionScenarios {
}
