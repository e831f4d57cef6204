package se.linkoping.samverkan.forms;

import java.util.List;

import se.linkoping.samverkan.privacy.PersonalIdentityNumbers;

/** The checks every free text from a form gets: present when required, not too long, no personal numbers. */
public final class TextFields {

    private TextFields() {
    }

    /**
     * Checks a text, adding a Swedish reason for each problem.
     *
     * @return the text stripped, or null when empty
     */
    public static String checked(String value, String label, int max, boolean required, List<String> reasons) {
        String text = value == null ? "" : value.strip();
        if (required && text.isEmpty()) {
            reasons.add(label + " saknas.");
        }
        if (text.length() > max) {
            reasons.add(label + " får vara högst " + max + " tecken men är " + text.length() + ". Korta texten.");
        }
        if (PersonalIdentityNumbers.containsOne(text)) {
            reasons.add(label + " innehåller något som ser ut som ett personnummer eller samordningsnummer: ta bort det.");
        }
        return text.isEmpty() ? null : text;
    }

    /** The most characters a text variable holds in Camunda's tables (ACT_RU_VARIABLE.TEXT_ is varchar(4000)). */
    public static final int VARIABLE_MAX = 4000;

    /**
     * A text a form only shows (the facts of a matter, an agenda, an agreement): cut to what a process
     * variable holds, saying so, since the whole text is kept in Samverkan's own tables.
     */
    public static String forDisplay(String text) {
        if (text == null || text.length() <= VARIABLE_MAX) {
            return text;
        }
        String cut = " … (förkortat här; hela texten finns i Samverkan)";
        return text.substring(0, VARIABLE_MAX - cut.length()) + cut;
    }
}
