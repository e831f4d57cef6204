package se.linkoping.samverkan.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Random;

/**
 * What the people of the simulated quarter write, in Swedish: the reports' descriptions, EST's
 * assessments and analyses, and the interventions EST decides, with their results. The texts per
 * category are in {@code demo/texts.properties}. Plausible for Linköping, and without personal data: no
 * names, no identity numbers, places only.
 */
final class DemoTexts {

    private static final Properties TEXTS = load("/demo/texts.properties");

    /** An intervention EST decides for a kind of problem: title, description and the result reported. */
    record Intervention(String title, String description, String result) {
    }

    private static final Intervention FALLBACK = new Intervention("Trygghetsvandring i %s",
            "Trygghetsvandring med boende, bostadsbolag och polis.", "Trygghetsvandringen är genomförd.");

    private DemoTexts() {
    }

    static String report(String category, String place, Random random) {
        List<String> texts = new ArrayList<>();
        for (int n = 1; TEXTS.containsKey("report." + category + "." + n); n++) {
            texts.add(TEXTS.getProperty("report." + category + "." + n));
        }
        if (texts.isEmpty()) {
            texts.add("Händelse vid %s.");
        }
        return texts.get(random.nextInt(texts.size())).formatted(place);
    }

    static String knowledge(String category) {
        return TEXTS.getProperty("knowledge." + category, "Inga ytterligare uppgifter.");
    }

    static Intervention intervention(String category, String districtName) {
        String key = "intervention." + category + ".";
        Intervention template = TEXTS.containsKey(key + "title")
                ? new Intervention(TEXTS.getProperty(key + "title"), TEXTS.getProperty(key + "description"),
                TEXTS.getProperty(key + "result"))
                : FALLBACK;
        return new Intervention(template.title().formatted(districtName), template.description(), template.result());
    }

    /** EST's prompt assessment of a report of violence, threat or shooting. */
    static String assessment(String category) {
        return switch (category) {
            case "skottlossning-sprangning" -> "Allvarlig händelse. Polisen förstärker närvaron direkt och EST tar upp "
                    + "den på måndagens genomgång.";
            case "hot-mot-verksamhet" -> "Verksamheten och säkerhetsenheten har kontakt; polisen ser över närvaron. "
                    + "Tas upp i veckans lägesbild.";
            default -> "Polisen har hanterat händelsen. Inget mer krävs före veckans genomgång.";
        };
    }

    /** How a deciding body judged an intervention's effect. */
    static String followUp(String effect) {
        return switch (effect) {
            case "GOOD" -> "Färre rapporter från området sedan insatsen; följs vidare i lägesbilden.";
            case "PARTLY" -> "Viss förbättring, men problemet finns kvar kvällstid. Följs upp igen om fyra veckor.";
            default -> "Ingen märkbar effekt. EST tar upp området på nytt.";
        };
    }

    private static Properties load(String resource) {
        Properties texts = new Properties();
        try (InputStream in = DemoTexts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The demo's texts are missing: " + resource);
            }
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }
}
