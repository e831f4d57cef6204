package se.linkoping.samverkan.forms;

import se.linkoping.samverkan.support.OnH2;

@OnH2
class DeclaredVariablesOnH2Test extends DeclaredVariablesScenarios {
}
