package se.linkoping.samverkan.access;

import se.linkoping.samverkan.support.OnH2;

@OnH2
class AccessMatrixOnH2Test extends AccessMatrixScenarios {
}
