package se.linkoping.samverkan.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Tasklist in Swedish: {@code sv.json} translates every text of the English {@code en.json} that the
 * Camunda webjar on the classpath ships, keeps what Tasklist fills in or renders ({{placeholders}},
 * HTML tags, moment's %d and %s), and {@code scripts/config.js} offers Swedish with English as fallback
 * while keeping the rest of Camunda's default configuration.
 *
 * <p>{@code sv.json} also translates English that Camunda writes outside {@code en.json} (filter
 * criteria, Camunda Forms, calendars), with the English text as the key; each such key must be a text
 * that Camunda's own scripts contain, and each text the project's scripts translate must have one.
 *
 * <p>When Camunda is upgraded and its {@code en.json} gains, loses or changes a text, this test names
 * the keys to translate in {@code src/main/resources/META-INF/resources/webjars/camunda/app/tasklist/locales/sv.json}.
 * {@code SwedishTasklistInBrowserTest} checks what a Swedish browser then shows.
 */
class SwedishTasklistTest {

    static final String TASKLIST = "META-INF/resources/webjars/camunda/app/tasklist/";
    static final String WEBJAR = "camunda-webapp-webjar";

    /**
     * Labels that are the same in Swedish: product names, Camunda's variable type names (as in its API),
     * comparison signs, words that are Swedish too, the one text that is empty in English; and the date
     * formats that Swedish writes as English does.
     */
    static final Set<String> SAME_IN_SWEDISH = Set.of(
            "APP_VENDOR", "ADMIN_APP", "COCKPIT_APP", "TASKLIST_APP",
            "BOOLEAN", "DOUBLE", "INTEGER", "LONG", "SHORT", "STRING",
            "CAM_WIDGET_VARIABLES_TABLE_NULL", "CAM_WIDGET_VARIABLE_NULL",
            "SEARCH_LESS_THAN", "SEARCH_LESS_THAN_EQUALS", "SEARCH_GREATER_THAN", "SEARCH_GREATER_THAN_EQUALS",
            "DIAGRAM", "FILTER", "OPERATOR", "FILTER_CRITERIA_OPERATOR",
            "NO_TASK_FORM",
            "dateLocales.calendar.sameElse", "dateLocales.longDateFormat.LL", "dateLocales.longDateFormat.LT");

    /** The scripts of Camunda's that hold the English texts Tasklist shows. */
    static final List<String> CAMUNDA_SCRIPTS = List.of(
            TASKLIST + "camunda-tasklist-bootstrap.js", "META-INF/resources/webjars/camunda/lib/deps.js");

    /**
     * English texts that Camunda Forms (form-js 1.8.8) put together from pieces, so that no script holds
     * them whole: each with the pieces it is made of, or none where it comes from the browser.
     */
    static final Map<String, List<String>> COMPOSED_IN_CAMUNDA = Map.of(
            "Value is expected to be an integer.", List.of("\"Value is expected to \"", "\"be an integer\""),
            "Value is expected to have at most 1 decimal digit.",
            List.of("\"Value is expected to \"", "`have at most ${n} decimal digit${n>1?\"s\":\"\"}`"),
            "Value is expected to have at most {{ digits }} decimal digits.",
            List.of("\"Value is expected to \"", "`have at most ${n} decimal digit${n>1?\"s\":\"\"}`"),
            // the date field's placeholder is the browser's own date format in lower case
            "yyyy-mm-dd", List.of());

    static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^}\\s]+)\\s*}}");
    /** Real HTML tags only: {@code <null>} and {@code <undefined>} are texts shown to the user. */
    static final Pattern HTML_TAG = Pattern.compile("</?(?:a|b|br|code|em|i|li|ol|p|span|strong|ul)\\b[^>]*>");
    static final Pattern MOMENT_ARGUMENT = Pattern.compile("%[ds]");

    final ObjectMapper json = new ObjectMapper();

    @Test
    void swedishHasEveryKeyOfEnglish() throws IOException {
        Map<String, JsonNode> english = flatten(englishLocale());
        Map<String, JsonNode> swedish = flatten(swedishLocale());

        assertThat(swedish.keySet())
                .as("keys of sv.json against the webjar's en.json")
                .containsAll(english.keySet());
        assertThat(english).hasSizeGreaterThan(400);
    }

    @Test
    void swedishKeysBeyondEnglishAreTextsCamundaWritesInEnglish() throws IOException {
        Map<String, JsonNode> english = flatten(englishLocale());
        Map<String, JsonNode> swedish = flatten(swedishLocale());
        String camunda = camundaScripts();

        List<String> notCamundas = new ArrayList<>();
        List<String> untranslated = new ArrayList<>();
        List<String> placeholders = new ArrayList<>();
        swedish.forEach((path, sv) -> {
            if (english.containsKey(path)) {
                return;
            }
            String key = label(path);
            if (!path.startsWith("labels.") || !inCamundasScripts(key, camunda)) {
                notCamundas.add(path);
            }
            if (!sv.isTextual() || sv.asText().isBlank() || sv.asText().equals(key)) {
                untranslated.add(path);
            }
            if (!sorted(matches(PLACEHOLDER, key)).equals(sorted(matches(PLACEHOLDER, sv.asText())))) {
                placeholders.add(path + " = " + sv.asText());
            }
        });

        assertThat(notCamundas).as("keys of sv.json that are neither in en.json nor a text of Camunda's scripts").isEmpty();
        assertThat(untranslated).as("texts that Swedish leaves in English or empty").isEmpty();
        assertThat(placeholders).as("texts whose {{ values }} differ from their key's").isEmpty();
        assertThat(swedish.keySet()).as("some of Camunda's fixed English is translated")
                .contains("labels.Business Key", "labels.Field is required.", "labels.zoom in");
    }

    @Test
    void everyTextTheProjectsScriptsTranslateHasSwedish() throws IOException {
        JsonNode labels = swedishLocale().get("labels");
        String texts = projectResource(TASKLIST + "scripts/samverkan-texts.js");
        String dates = projectResource(TASKLIST + "scripts/samverkan-dates.js");

        List<String> looked = new ArrayList<>();
        looked.addAll(literals(block(texts, "const FORM_TEXTS = [", "];")));
        looked.addAll(literals(block(texts, "const BOOTSTRAP_TEMPLATES = {", "};")).stream()
                .filter(text -> !text.startsWith("uib/template/")).toList());
        looked.addAll(literals(block(texts, "['zoom in'", "]")));
        looked.addAll(literals(block(dates, "const FLATPICKR_LABELS = {", "};")));
        looked.addAll(literals(block(dates, "const FLATPICKR_ARIA_DATE = ", ";")));

        assertThat(looked).hasSizeGreaterThan(40)
                .contains("Field is required.", "Search", "previous", "HH", "zoom in", "Month", "F j, Y");
        assertThat(looked.stream().filter(text -> !labels.has(text)).toList())
                .as("texts the scripts translate that sv.json has no Swedish for").isEmpty();
    }

    @Test
    void everyTextIsTranslatedAndNoneIsEmpty() throws IOException {
        Map<String, JsonNode> english = flatten(englishLocale());
        Map<String, JsonNode> swedish = flatten(swedishLocale());

        List<String> empty = new ArrayList<>();
        List<String> untranslated = new ArrayList<>();
        List<String> wrongType = new ArrayList<>();
        english.forEach((key, en) -> {
            JsonNode sv = swedish.get(key);
            if (sv == null) {
                return; // reported by swedishHasExactlyTheKeysOfEnglish
            }
            if (en.getNodeType() != sv.getNodeType()) {
                wrongType.add(key);
            } else if (en.isTextual()) {
                if (sv.asText().isBlank() && !en.asText().isEmpty()) {
                    empty.add(key);
                }
                if (sv.asText().equals(en.asText()) && !SAME_IN_SWEDISH.contains(label(key))) {
                    untranslated.add(key + " = " + en.asText());
                }
            }
        });

        assertThat(empty).as("empty Swedish texts").isEmpty();
        assertThat(untranslated).as("texts still in English").isEmpty();
        assertThat(wrongType).as("values of another JSON type than in English").isEmpty();
    }

    @Test
    void placeholdersAndHtmlAreKept() throws IOException {
        Map<String, JsonNode> english = flatten(englishLocale());
        Map<String, JsonNode> swedish = flatten(swedishLocale());

        List<String> differences = new ArrayList<>();
        english.forEach((key, en) -> {
            JsonNode sv = swedish.get(key);
            if (sv == null || !en.isTextual()) {
                return;
            }
            for (Pattern kept : List.of(PLACEHOLDER, HTML_TAG, MOMENT_ARGUMENT)) {
                List<String> inEnglish = sorted(matches(kept, en.asText()));
                List<String> inSwedish = sorted(matches(kept, sv.asText()));
                if (!inEnglish.equals(inSwedish)) {
                    differences.add(key + ": English has " + inEnglish + ", Swedish " + inSwedish);
                }
            }
        });

        assertThat(differences).isEmpty();
    }

    @Test
    void dateFormatsEscapeTheirWords() throws IOException {
        JsonNode dateLocales = swedishLocale().get("dateLocales");
        List<String> formats = new ArrayList<>();
        dateLocales.get("calendar").forEach(format -> formats.add(format.asText()));
        dateLocales.get("longDateFormat").forEach(format -> formats.add(format.asText()));

        // moment.js prints [text] as it is; a word outside brackets would be read as format tokens.
        assertThat(formats).allSatisfy(format -> {
            String outsideBrackets = format.replaceAll("\\[[^\\]]*]", "");
            assertThat(outsideBrackets).doesNotContain("[", "]").matches("[LTSDMYdHhmsa .,:/-]*");
        });
        assertThat(dateLocales.get("months").get(0).asText()).isEqualTo("januari");
        assertThat(dateLocales.get("longDateFormat").get("L").asText()).isEqualTo("YYYY-MM-DD");
    }

    @Test
    void configOffersSwedishAndFallsBackToEnglish() throws IOException {
        String config = projectResource(TASKLIST + "scripts/config.js");
        String code = withoutComments(config);

        Matcher available = Pattern.compile("availableLocales\\s*:\\s*\\[([^\\]]*)]").matcher(code);
        assertThat(available.find()).as("availableLocales set in config.js").isTrue();
        assertThat(quoted(available.group(1))).containsExactly("en", "sv");

        Matcher fallback = Pattern.compile("fallbackLocale\\s*:\\s*['\"]([^'\"]*)['\"]").matcher(code);
        assertThat(fallback.find()).as("fallbackLocale set in config.js").isTrue();
        assertThat(fallback.group(1)).isEqualTo("en");

        // Each offered locale has its file: English from the webjar, Swedish from the project.
        assertThat(englishLocale().get("labels").size()).isPositive();
        assertThat(swedishLocale().get("labels").size()).isPositive();
    }

    @Test
    void configLoadsTheScriptThatPutsDatesInTasklistsLanguage() throws IOException {
        String code = withoutComments(projectResource(TASKLIST + "scripts/config.js"));

        Matcher customScripts = Pattern.compile("customScripts\\s*:\\s*\\[([^\\]]*)]").matcher(code);
        assertThat(customScripts.find()).as("customScripts set in config.js").isTrue();
        assertThat(quoted(customScripts.group(1))).containsExactly("scripts/samverkan-dates", "scripts/samverkan-texts",
                "scripts/samverkan-navigation", "scripts/samverkan-refusals", "scripts/samverkan-sign-out",
                "scripts/samverkan-accessibility");

        // Tasklist imports it from app/tasklist/ with ".js" added, before AngularJS starts
        assertThat(projectResource(TASKLIST + "scripts/samverkan-dates.js"))
                .contains("angular.module('cam.tasklist').run(")
                .contains("amMoment.changeLocale(language)")
                .contains("$translateLoadingSuccess")
                // Camunda Forms' date fields (flatpickr) get the same names as Tasklist's calendar
                .contains("flatpickr.localize(");
        // the fixed English of Camunda Forms and of Tasklist's templates, by sv.json's keys
        assertThat(projectResource(TASKLIST + "scripts/samverkan-texts.js"))
                .contains("angular.module('cam.tasklist')")
                .contains("$translate.getTranslationTable()")
                .contains("new MutationObserver(")
                .contains("$provide.decorator('camWidgetBpmnViewerDirective'");
        // names, roles and labels for assistive technology (TasklistAccessibilityInBrowserTest checks them with axe)
        assertThat(projectResource(TASKLIST + "scripts/samverkan-accessibility.js"))
                .contains("angular.module('cam.tasklist').run(")
                .contains("new MutationObserver(");
    }

    @Test
    void configKeepsCamundasOtherDefaults() throws IOException {
        String ours = withoutComments(projectResource(TASKLIST + "scripts/config.js"));
        String camundas = withoutComments(webjarResource(TASKLIST + "scripts/config.js"));

        List<String> lost = new ArrayList<>();
        Pattern description = Pattern.compile("description:\\s*('[^']*')");
        for (String line : camundas.split("\n")) {
            String setting = line.strip();
            if (setting.isEmpty()) {
                continue;
            }
            Matcher englishDescription = description.matcher(setting);
            // a shortcut's description is kept as the English alternative next to the Swedish one
            String expected = englishDescription.matches() ? ": " + englishDescription.group(1) : setting;
            if (!ours.contains(expected)) {
                lost.add(setting);
            }
        }

        assertThat(lost).as("lines of Camunda's default config.js missing from ours").isEmpty();
    }

    /** Whether Camunda's scripts hold the text as a string or markup of their own, a {{ value }} as ${...}. */
    static boolean inCamundasScripts(String text, String camunda) {
        if (COMPOSED_IN_CAMUNDA.containsKey(text)) {
            return COMPOSED_IN_CAMUNDA.get(text).stream().allMatch(camunda::contains);
        }
        String literal = String.join("\\$\\{[^}]*}", PLACEHOLDER.splitAsStream(text + "\u0000")
                .map(part -> Pattern.quote(part.replace("\u0000", ""))).toList());
        return Pattern.compile("[\"'`>]\\s*" + literal + "\\s*[\"'`<]").matcher(camunda).find();
    }

    static String camundaScripts() throws IOException {
        StringBuilder all = new StringBuilder();
        for (String script : CAMUNDA_SCRIPTS) {
            all.append(webjarResource(script)).append('\n');
        }
        return all.toString();
    }

    /** The code from {@code start} to the next {@code end}, without its comments. */
    static String block(String code, String start, String end) {
        int from = code.indexOf(start);
        assertThat(from).as(start).isNotNegative();
        return withoutComments(code.substring(from, code.indexOf(end, from + start.length()) + end.length()));
    }

    /** The JavaScript string literals in the code, in single or double quotes, unescaped. */
    static List<String> literals(String code) {
        List<String> found = new ArrayList<>();
        Matcher literal = Pattern.compile("'((?:[^'\\\\]|\\\\.)*)'|\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(code);
        while (literal.find()) {
            String text = literal.group(1) != null ? literal.group(1) : literal.group(2);
            found.add(text.replaceAll("\\\\(.)", "$1"));
        }
        return found;
    }

    // --- reading the files ---

    JsonNode englishLocale() throws IOException {
        return json.readTree(webjarResource(TASKLIST + "locales/en.json").replace("\uFEFF", ""));
    }

    JsonNode swedishLocale() throws IOException {
        return json.readTree(projectResource(TASKLIST + "locales/sv.json"));
    }

    /** The file as Camunda ships it in its webjar, even where the project overrides it. */
    static String webjarResource(String path) throws IOException {
        return read(resources(path).stream().filter(url -> url.toString().contains(WEBJAR)).findFirst()
                .orElseThrow(() -> new AssertionError(path + " is not in the Camunda webjar")));
    }

    /** The project's own file, which the application serves in place of the webjar's. */
    static String projectResource(String path) throws IOException {
        List<URL> ours = resources(path).stream().filter(url -> !url.toString().contains(WEBJAR)).toList();
        assertThat(ours).as("the project's " + path).hasSize(1);
        return read(ours.get(0));
    }

    static List<URL> resources(String path) throws IOException {
        return Collections.list(SwedishTasklistTest.class.getClassLoader().getResources(path));
    }

    static String read(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Every value by its path: {@code labels.CLAIM_TASK}, {@code dateLocales.months[0]}. */
    static Map<String, JsonNode> flatten(JsonNode node) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        flatten("", node, values);
        return values;
    }

    static void flatten(String path, JsonNode node, Map<String, JsonNode> values) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field ->
                    flatten(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), values));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(path + "[" + i + "]", node.get(i), values);
            }
        } else {
            values.put(path, node);
        }
    }

    static String label(String path) {
        return path.startsWith("labels.") ? path.substring("labels.".length()) : path;
    }

    static List<String> matches(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.groupCount() > 0 ? matcher.group(1) : matcher.group());
        }
        return found;
    }

    static List<String> sorted(List<String> list) {
        List<String> copy = new ArrayList<>(list);
        Collections.sort(copy);
        return copy;
    }

    static List<String> quoted(String list) {
        return matches(Pattern.compile("['\"]([^'\"]*)['\"]"), list);
    }

    static String withoutComments(String javascript) {
        return javascript.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//.*$", "");
    }
}
