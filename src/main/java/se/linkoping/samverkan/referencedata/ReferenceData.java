package se.linkoping.samverkan.referencedata;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The active districts, categories and sources, in the order they are offered to people. */
@Repository
public class ReferenceData {

    private final JdbcClient jdbc;

    public ReferenceData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ReferenceEntry> districts() {
        return jdbc.sql("select code, name from samverkan.district where active order by sort_order, name")
                .query(ReferenceEntry.class).list();
    }

    public List<ReferenceEntry> sources() {
        return jdbc.sql("select code, name from samverkan.report_source where active order by sort_order, name")
                .query(ReferenceEntry.class).list();
    }

    public List<IncidentCategory> categories() {
        return jdbc.sql("""
                        select code, name, violence_or_threat, prompt_assessment
                        from samverkan.incident_category where active order by sort_order, name""")
                .query(IncidentCategory.class).list();
    }

    public Optional<ReferenceEntry> district(String code) {
        return jdbc.sql("select code, name from samverkan.district where active and code = ?")
                .param(code).query(ReferenceEntry.class).optional();
    }

    /** A district's name, active or not (what was recorded keeps its district); the code when there is none. */
    public String districtName(String code) {
        return jdbc.sql("select name from samverkan.district where code = ?").param(code).query(String.class)
                .optional().orElse(code);
    }

    /** The district codes given, in the order districts are offered (active or not); unknown codes left out. */
    public List<String> inDistrictOrder(Collection<String> codes) {
        return jdbc.sql("select code from samverkan.district order by sort_order, name").query(String.class).list()
                .stream().filter(codes::contains).toList();
    }

    public Optional<ReferenceEntry> source(String code) {
        return jdbc.sql("select code, name from samverkan.report_source where active and code = ?")
                .param(code).query(ReferenceEntry.class).optional();
    }

    public Optional<IncidentCategory> category(String code) {
        return jdbc.sql("""
                        select code, name, violence_or_threat, prompt_assessment
                        from samverkan.incident_category where active and code = ?""")
                .param(code).query(IncidentCategory.class).optional();
    }
}
