package se.linkoping.samverkan.meetings;

import se.linkoping.samverkan.OnPostgres;

@OnPostgres
class MeetingsOnPostgresTest extends MeetingsScenarios {
}
