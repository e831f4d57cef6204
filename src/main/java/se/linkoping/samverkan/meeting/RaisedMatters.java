package se.linkoping.samverkan.meeting;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Where matters were raised, for the tertial analysis. The owner of the matters answers: matters go on
 * meetings' agendas, so meetings ask through this and do not know them.
 */
public interface RaisedMatters {

    /** The districts (codes) of the matters raised from a time on. */
    List<String> districtsRaisedSince(OffsetDateTime since);
}
