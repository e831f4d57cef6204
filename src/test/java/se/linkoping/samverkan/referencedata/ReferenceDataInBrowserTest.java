package se.linkoping.samverkan.referencedata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.linkoping.samverkan.support.BrowserScript;
import se.linkoping.samverkan.support.OnH2;

/**
 * Reference data without a release in a real browser ({@code browser-tests/reference-data.mjs}, Debian's Chromium
 * through playwright-core): an administrator adds a district and retires another on {@code /referensdata}; a member
 * of staff's start form in Tasklist offers the new one at once and no longer the retired one; EST's assessment of a
 * report made before still shows the retired district. Screenshots go to {@code target/browser-screenshots/}. Runs
 * only with {@code -Pbrowser-tests}; the lists are as delivered again afterwards, for the other browser tests.
 */
@OnH2
class ReferenceDataInBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ReferenceData data;
    @Autowired
    ReferenceForms forms;

    @Test
    void aDistrictAddedOnThePageIsOfferedAtOnceAndARetiredOneStaysOnItsOldReport() throws Exception {
        BrowserScript.run("browser-tests/reference-data.mjs", port,
                BrowserScript.PROJECT.resolve("target/browser-screenshots"), 4);

        assertThat(data.find(ReferenceKind.DISTRICT, "nya-granso")).contains(new ReferenceItem("nya-granso", "Nya Gränsö", true));
        assertThat(data.find(ReferenceKind.DISTRICT, "vikingstad")).contains(new ReferenceItem("vikingstad", "Vikingstad", false));
    }

    @AfterEach
    void asDelivered() {
        jdbc.sql("delete from samverkan.incident_report where district_code = 'nya-granso'").update();
        jdbc.sql("delete from samverkan.district where code = 'nya-granso'").update();
        jdbc.sql("update samverkan.district set active = true where code = 'vikingstad'").update();
        jdbc.sql("delete from samverkan.reference_data_change").update();
        forms.refresh();
    }
}
