package se.linkoping.samverkan.architecture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which class alone writes SQL on each of Samverkan's tables (schema {@code samverkan}), and the read models
 * that may read any of them. Reference tables may be joined read-only by anyone for names and order. The
 * check reads the sources: a table named in a string as {@code samverkan.<table>}.
 */
final class TableOwners {

    /** Table → the one class (path under the base package) whose SQL names it. */
    static final Map<String, String> OWNERS = Map.ofEntries(
            Map.entry("incident_report", "incidentreport/IncidentReports.java"),
            Map.entry("district", "referencedata/ReferenceData.java"),
            Map.entry("incident_category", "referencedata/ReferenceData.java"),
            Map.entry("report_source", "referencedata/ReferenceData.java"),
            Map.entry("reference_data_change", "referencedata/ReferenceChangeRecords.java"),
            Map.entry("situational_picture", "estweeklycycle/PictureRecords.java"),
            Map.entry("picture_problem", "estweeklycycle/PictureRecords.java"),
            Map.entry("problem_evaluation", "estweeklycycle/PictureRecords.java"),
            Map.entry("picture_streak", "estweeklycycle/StreakRecords.java"),
            Map.entry("intervention", "intervention/InterventionRecords.java"),
            Map.entry("decision_record", "decision/DecisionRecords.java"),
            Map.entry("matter", "matter/MatterRecords.java"),
            Map.entry("meeting", "meeting/MeetingRecords.java"),
            Map.entry("district_plan", "meeting/DistrictPlanRecords.java"),
            Map.entry("coordination_phase", "meeting/CoordinationPhases.java"),
            Map.entry("coordinated_event", "eventcoordination/EventRecords.java"),
            Map.entry("event_plan", "eventcoordination/EventRecords.java"),
            Map.entry("cooperation_agreement", "cooperationagreement/AgreementRecords.java"),
            Map.entry("promise_follow_up", "cooperationagreement/AgreementRecords.java"),
            Map.entry("demo_simulation", "demo/SimulationMarker.java"),
            Map.entry("retention_run", "retention/RetentionRecords.java"));

    /** Joined read-only anywhere, for a code's name and its order in lists. */
    static final Set<String> REFERENCE_TABLES = Set.of("district", "incident_category", "report_source");

    /** Packages of read models: they read any table, and write none. */
    static final Set<String> READ_MODELS = Set.of("picture/", "audit/", "yearlyreport/", "monitoring/");

    private static final Pattern TABLE = Pattern.compile("(?<!linkoping\\.)samverkan\\.([a-z_]+)\\b");
    private static final Pattern WRITE = Pattern.compile("\\b(insert\\s+into|update|delete\\s+from|merge\\s+into)\\s+"
            + "samverkan\\.([a-z_]+)", Pattern.CASE_INSENSITIVE);

    List<String> misplacedSql(List<Path> files, Path base) throws IOException {
        List<String> misplaced = new ArrayList<>();
        for (Path file : files) {
            String path = base.relativize(file).toString().replace('\\', '/');
            String source = Files.readString(file);
            Matcher table = TABLE.matcher(source);
            while (table.find()) {
                String name = table.group(1);
                if (!OWNERS.containsKey(name) || OWNERS.get(name).equals(path) || REFERENCE_TABLES.contains(name)
                        || READ_MODELS.stream().anyMatch(path::startsWith)) {
                    continue;
                }
                misplaced.add(path + " names table " + name + " (owner: " + OWNERS.get(name) + ")");
            }
            Matcher write = WRITE.matcher(source);
            while (write.find()) {
                String name = write.group(2);
                if (OWNERS.containsKey(name) && !OWNERS.get(name).equals(path)) {
                    misplaced.add(path + " writes table " + name + " (owner: " + OWNERS.get(name) + ")");
                }
            }
        }
        return misplaced.stream().distinct().toList();
    }
}
