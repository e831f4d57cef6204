package se.linkoping.samverkan.referencedata;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.linkoping.samverkan.refusal.Refusal;

/**
 * The districts, categories and sources: the active ones in the order they are offered to people, and every entry
 * as an administrator keeps them (added, renamed, retired, reactivated; never deleted, so what was recorded keeps its
 * name).
 */
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

    /** Which of a report's codes are active entries, asked at once: a partner's report is checked in one query. */
    public record ActiveCodes(boolean district, Optional<IncidentCategory> category, boolean source) {
    }

    /** Whether the district and source are active and which active category the code is (a null code is none). */
    public ActiveCodes activeCodes(String district, String category, String source) {
        boolean[] found = new boolean[2];
        IncidentCategory[] categoryFound = new IncidentCategory[1];
        jdbc.sql("""
                        select 'category', code, name, violence_or_threat, prompt_assessment
                            from samverkan.incident_category where active and code = ?
                        union all select 'district', code, name, null, null from samverkan.district where active and code = ?
                        union all select 'source', code, name, null, null from samverkan.report_source where active and code = ?""")
                .params(category, district, source)
                .query(rs -> {
                    switch (rs.getString(1)) {
                        case "category" -> categoryFound[0] = new IncidentCategory(rs.getString(2), rs.getString(3),
                                rs.getBoolean(4), rs.getBoolean(5));
                        case "district" -> found[0] = true;
                        default -> found[1] = true;
                    }
                });
        return new ActiveCodes(found[0], Optional.ofNullable(categoryFound[0]), found[1]);
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

    // ---- every entry, as administrators keep them (ReferenceDataChanges checks before these change anything)

    /** Every entry of a list, active or retired, in the order it is offered. */
    public List<ReferenceItem> all(ReferenceKind kind) {
        return jdbc.sql("select code, name, active from " + table(kind) + " order by sort_order, name")
                .query(ReferenceItem.class).list();
    }

    public Optional<ReferenceItem> find(ReferenceKind kind, String code) {
        return jdbc.sql("select code, name, active from " + table(kind) + " where code = ?").param(code)
                .query(ReferenceItem.class).optional();
    }

    /** The entry with this name, whatever its case, active or retired. */
    Optional<ReferenceItem> named(ReferenceKind kind, String name) {
        return jdbc.sql("select code, name, active from " + table(kind) + " where lower(name) = lower(?)")
                .param(name).query(ReferenceItem.class).optional();
    }

    int activeCount(ReferenceKind kind) {
        return jdbc.sql("select count(*) from " + table(kind) + " where active").query(Integer.class).single();
    }

    /** A new entry, last in its list (a new category neither violence nor prompt assessment). */
    void add(ReferenceKind kind, String code, String name) {
        int last = jdbc.sql("select coalesce(max(sort_order), 0) from " + table(kind)).query(Integer.class).single();
        try {
            jdbc.sql("insert into " + table(kind) + " (code, name, active, sort_order) values (?, ?, true, ?)")
                    .params(code, name, last + 10).update();
        } catch (DuplicateKeyException atTheSameMoment) {
            throw takenMeanwhile(name);
        }
    }

    void rename(ReferenceKind kind, String code, String name) {
        try {
            jdbc.sql("update " + table(kind) + " set name = ? where code = ?").params(name, code).update();
        } catch (DuplicateKeyException atTheSameMoment) {
            throw takenMeanwhile(name);
        }
    }

    /** Another administrator's change of the same moment took the name or code first. */
    private static Refusal takenMeanwhile(String name) {
        return Refusal.of(Refusal.Kind.CONFLICT, "Någon annan lade just till eller bytte namn till ”" + name
                + "” i samma stund. Ladda om sidan och se om det som finns räcker, eller välj ett annat namn.");
    }

    void setActive(ReferenceKind kind, String code, boolean active) {
        jdbc.sql("update " + table(kind) + " set active = ? where code = ?").params(active, code).update();
    }

    private static String table(ReferenceKind kind) {
        return switch (kind) {
            case DISTRICT -> "samverkan.district";
            case CATEGORY -> "samverkan.incident_category";
            case SOURCE -> "samverkan.report_source";
        };
    }
}
