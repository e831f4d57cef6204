package se.linkoping.samverkan.meeting;

import se.linkoping.samverkan.support.OnPostgres;

@OnPostgres
class MeetingsOnPostgresTest extends MeetingsScenarios {
}
