package se.linkoping.samverkan.meeting;

import se.linkoping.samverkan.support.OnH2;

@OnH2
class MeetingsOnH2Test extends MeetingsScenarios {
}
