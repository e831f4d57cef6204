package se.linkoping.samverkan.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static se.linkoping.samverkan.support.Times.STOCKHOLM;

import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The mails' texts from their templates, word for word as they were written before the templates:
 * subject, greeting, group names, due day in Swedish and Linköping's time, link and footer.
 */
class MailTextsTest {

    private static final String FOOTER = "Det här meddelandet skickas automatiskt av Samverkan, Linköpings kommun och "
            + "lokalpolisområde Linköping. Svara inte på det.";
    private static final String LINK = "https://samverkan.example.se/camunda/app/tasklist/default/#/?task=42";
    // 14:00 in Linköping is 13:00 UTC in winter time
    private static final Date WEDNESDAY = Date.from(
            ZonedDateTime.of(2026, 12, 9, 14, 0, 0, 0, STOCKHOLM).toInstant());

    private final MailTexts texts = new MailTexts();

    @Test
    void aNewTaskNamesItsGroupsItsDueDayAndTheLink() {
        MailTexts.Mail mail = texts.newTask(List.of("security-unit", "district-coordinators"), "Förbered dagordningen",
                WEDNESDAY, LINK);

        assertThat(mail.subject()).isEqualTo("Ny uppgift i Samverkan: Förbered dagordningen");
        assertThat(mail.text()).isEqualTo("Hej!\n\nSäkerhetsenheten och Stadsdelssamordnare har fått en ny uppgift i "
                + "Samverkan:\n\nFörbered dagordningen\nSlutdatum: onsdag 9 december 2026 kl. 14:00.\nÖppna uppgiften "
                + "i Tasklist: " + LINK + "\n\nNågon i gruppen tar uppgiften och slutför den där.\n\n" + FOOTER);
    }

    @Test
    void aTaskWithoutDueDateSaysSo() {
        assertThat(texts.newTask(List.of("police"), "Planera insatsen", null, LINK).text())
                .isEqualTo("Hej!\n\nPolisen, lokalpolisområde Linköping har fått en ny uppgift i Samverkan:\n\n"
                        + "Planera insatsen\nInget slutdatum.\nÖppna uppgiften i Tasklist: " + LINK
                        + "\n\nNågon i gruppen tar uppgiften och slutför den där.\n\n" + FOOTER);
    }

    @Test
    void aReminderNamesTheGroupAndTheDueDay() {
        MailTexts.Mail mail = texts.reminder("police", "Följ upp insatsen", WEDNESDAY, LINK);

        assertThat(mail.subject()).isEqualTo("Påminnelse från Samverkan: Följ upp insatsen");
        assertThat(mail.text()).isEqualTo("Hej!\n\nPåminnelse till Polisen, lokalpolisområde Linköping: uppgiften "
                + "nedan ska vara klar snart.\n\nFölj upp insatsen\nSlutdatum: onsdag 9 december 2026 kl. 14:00.\n"
                + "Öppna uppgiften i Tasklist: " + LINK + "\n\n" + FOOTER);
    }

    @Test
    void aGroupMessageKeepsItsTextAsWritten() {
        String text = "Mötet flyttas till [[torsdag]] kl. 10; <b>lokal</b> ${plats} & [(okänd)].\n\nMvh\nSäkerhetsenheten";
        MailTexts.Mail mail = texts.groupMessage("unknown-group", "Ändrad tid", text);

        assertThat(mail.subject()).isEqualTo("Samverkan: Ändrad tid");
        assertThat(mail.text()).isEqualTo("Hej!\n\nTill unknown-group:\n\n" + text + "\n\n" + FOOTER);
    }
}
