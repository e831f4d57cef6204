package se.linkoping.samverkan.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.linkoping.samverkan.support.DemoLogins;
import se.linkoping.samverkan.support.RestClient;
import se.linkoping.samverkan.support.SwedishText;
import se.linkoping.samverkan.support.WebappSession;
import se.linkoping.samverkan.system.Swedish;
import se.linkoping.samverkan.web.Csv;

/**
 * A matter's timeline as an auditor reads it, in all its views: the page, its CSV and JSON downloads, and
 * the API's JSON and CSV. {@link #of} reads them all and checks that they hold the same entries with the same
 * fields: the JSON's fields cell by cell against the page's table (parsed from the rendered HTML) and the
 * CSV's rows, the codes the page leaves out against the CSV's last columns, and the page's text free of codes.
 */
record TimelineViews(JsonNode json, List<List<String>> page, List<List<String>> csv, String html) {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern TABLE = Pattern.compile("<table id=\"timeline\">.*?<tbody>(.*?)</tbody>",
            Pattern.DOTALL);
    private static final Pattern ROW = Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("<td[^>]*>(.*?)</td>", Pattern.DOTALL);

    /** Reads every view of a matter's timeline as the auditor, and checks that they agree. */
    static TimelineViews of(TestRestTemplate http, long matterId) {
        RestClient api = RestClient.as(http, DemoLogins.AUDITOR);
        ResponseEntity<JsonNode> json = api.get("/api/audit/matters/" + matterId);
        assertThat(json.getStatusCode()).isEqualTo(HttpStatus.OK);
        String apiCsv = api.getText("/api/audit/matters/" + matterId + ".csv").getBody();
        WebappSession auditor = WebappSession.signIn(http, DemoLogins.AUDITOR, "cockpit");
        ResponseEntity<String> page = auditor.get("/granskning/arenden/" + matterId);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(auditor.get("/granskning/arenden/" + matterId + ".csv").getBody()).isEqualTo(apiCsv);
        try {
            assertThat(MAPPER.readTree(auditor.get("/granskning/arenden/" + matterId + ".json").getBody()))
                    .isEqualTo(json.getBody());
        } catch (java.io.IOException e) {
            throw new AssertionError("The page's JSON download is not JSON", e);
        }
        TimelineViews views = new TimelineViews(json.getBody(), table(page.getBody()), csv(apiCsv), page.getBody());
        views.agree();
        return views;
    }

    /** The entries of the JSON. */
    List<JsonNode> entries() {
        List<JsonNode> entries = new ArrayList<>();
        json.get("entries").forEach(entries::add);
        return entries;
    }

    /** The JSON's entries of a kind. */
    List<JsonNode> entries(String kind) {
        return entries().stream().filter(e -> e.get("kind").asText().equals(kind)).toList();
    }

    /** The one JSON entry of a kind. */
    JsonNode entry(String kind) {
        List<JsonNode> found = entries(kind);
        assertThat(found).as("entries '%s' in %s", kind, kinds()).hasSize(1);
        return found.get(0);
    }

    /** The first JSON entry of a kind. */
    JsonNode first(String kind) {
        List<JsonNode> found = entries(kind);
        assertThat(found).as("entries '%s' in %s", kind, kinds()).isNotEmpty();
        return found.get(0);
    }

    List<String> kinds() {
        return entries().stream().map(e -> e.get("kind").asText()).toList();
    }

    /** The page's text inside its main part, without markup. */
    String pageText() {
        return SwedishText.mainOf(html);
    }

    private void agree() {
        List<JsonNode> entries = entries();
        assertThat(page).as("the page's rows").hasSize(entries.size());
        assertThat(csv.get(0)).as("the CSV's header").isEqualTo(header());
        assertThat(csv).as("the CSV's rows").hasSize(entries.size() + 1);
        for (int i = 0; i < entries.size(); i++) {
            JsonNode e = entries.get(i);
            List<String> shown = List.of(Swedish.minute(OffsetDateTime.parse(e.get("at").asText())), text(e, "level"),
                    text(e, "kind"), text(e, "what"), text(e, "whoName"), text(e, "meeting"), text(e, "directive"),
                    text(e, "rationale"), text(e, "basis"), TimelineText.details(map(e.get("details"))));
            assertThat(page.get(i)).as("page row %d against the JSON", i).isEqualTo(shown);
            List<String> row = new ArrayList<>(shown.stream().map(TimelineViews::inCsv).toList());
            row.add(text(e, "levelCode"));
            row.add(text(e, "who"));
            row.add(inCsv(TimelineText.details(map(e.get("codes")))));
            assertThat(csv.get(i + 1)).as("CSV row %d against the JSON", i).isEqualTo(row);
            assertThat(text(e, "whoName")).as("who in row %d: %s", i, shown).isNotBlank();
        }
        SwedishText.assertNoCodes(pageText());
    }

    private static List<String> header() {
        List<String> header = new ArrayList<>(TimelineText.COLUMNS);
        header.addAll(TimelineText.CODE_COLUMNS);
        return header;
    }

    /** A text as the CSV holds it: a formula-like start made harmless (see {@link Csv#cell}). */
    private static String inCsv(String text) {
        String cell = Csv.cell(text);
        return cell.substring(1, cell.length() - 1).replace("\"\"", "\"");
    }

    private static String text(JsonNode entry, String field) {
        JsonNode value = entry.get(field);
        return value == null || value.isNull() ? "" : value.asText();
    }

    private static Map<String, Object> map(JsonNode node) {
        return node == null || node.isNull() ? Map.of()
                : MAPPER.convertValue(node, new TypeReference<LinkedHashMap<String, Object>>() { });
    }

    private static List<List<String>> table(String html) {
        Matcher table = TABLE.matcher(html);
        assertThat(table.find()).as("the page has its timeline table").isTrue();
        List<List<String>> rows = new ArrayList<>();
        Matcher row = ROW.matcher(table.group(1));
        while (row.find()) {
            List<String> cells = new ArrayList<>();
            Matcher cell = CELL.matcher(row.group(1));
            while (cell.find()) {
                cells.add(unescape(cell.group(1)));
            }
            rows.add(cells);
        }
        return rows;
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    /** A CSV as Samverkan writes it: a byte order mark, every field quoted, semicolons, CRLF between rows. */
    static List<List<String>> csv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        boolean quoted = false;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < body.length() && body.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ';') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < body.length() && body.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        return rows;
    }
}
