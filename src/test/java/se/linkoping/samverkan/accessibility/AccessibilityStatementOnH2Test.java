package se.linkoping.samverkan.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import se.linkoping.samverkan.support.DemoLogins;
import se.linkoping.samverkan.support.OnH2;
import se.linkoping.samverkan.support.Scenario;
import se.linkoping.samverkan.support.WebappSession;

/**
 * The accessibility statement is public and holds what the law's model asks for (how accessible, what to do
 * instead, how to report, supervision by Digg, what does not conform, how it was tested, when); every page of
 * Samverkan links to it and starts with a link past its header.
 */
@OnH2
class AccessibilityStatementOnH2Test extends Scenario {

    @Test
    void theStatementIsPublicAndSaysWhatTheLawAsks() {
        ResponseEntity<String> statement = http.getForEntity("/tillganglighet", String.class);

        assertThat(statement.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(statement.getBody()).contains("<html lang=\"sv\"", "<title>Tillgänglighetsredogörelse – Samverkan",
                "Hur tillgänglig är Samverkan?", "Vad kan du göra om du inte kan använda delar av Samverkan?",
                "Rapportera brister i tillgängligheten", "Tillsyn", "https://www.digg.se/tdosanmalan",
                "delvis förenligt", "Innehåll som inte är tillgängligt", "Hur vi har testat Samverkan",
                "mailto:samverkan@linkoping.se", "href=\"#main\"", "<main id=\"main\" tabindex=\"-1\">");
    }

    @Test
    void everyPageLinksToTheStatementAndLetsTheKeyboardSkipItsHeader() {
        WebappSession admin = WebappSession.signIn(http, DemoLogins.ADMIN, "tasklist");
        for (String path : List.of("/lagesbild", "/lagesbild/rapporter?week=2026-03-09&district=skaggetorp",
                "/granskning", "/granskning/motesrytm", "/arsrapport", "/referensdata")) {
            ResponseEntity<String> page = admin.get(path);
            assertThat(page.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
            assertThat(page.getBody()).as(path).contains("href=\"/tillganglighet\"",
                    "class=\"skip-link\" href=\"#main\"", "<main id=\"main\" tabindex=\"-1\"");
        }
        assertThat(http.getForEntity("/medborgarlofte", String.class).getBody())
                .contains("href=\"/tillganglighet\"", "href=\"#main\"", "<main id=\"main\" tabindex=\"-1\">");
    }
}
