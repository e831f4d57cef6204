package se.linkoping.samverkan.meeting;

import se.linkoping.samverkan.OnPostgres;

@OnPostgres
class MeetingsOnPostgresTest extends MeetingsScenarios {
}
