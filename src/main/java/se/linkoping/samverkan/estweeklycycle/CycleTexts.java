package se.linkoping.samverkan.estweeklycycle;

import java.util.List;

import se.linkoping.samverkan.privacy.PersonalIdentityNumbers;

/** What EST writes in the cycle (analyses, the week's summary): not too long, and never a personal number. */
final class CycleTexts {

    private CycleTexts() {
    }

    /** Adds to {@code reasons} why the text cannot be stored, if it cannot. */
    static void check(String text, String label, List<String> reasons) {
        if (text.length() > WeeklyCycle.TEXT_MAX) {
            reasons.add(label + " får vara högst " + WeeklyCycle.TEXT_MAX + " tecken men är " + text.length()
                    + ". Korta texten.");
        }
        if (PersonalIdentityNumbers.containsOne(text)) {
            reasons.add(label + " innehåller något som ser ut som ett personnummer eller samordningsnummer. "
                    + "Lägesbilden får inte innehålla personuppgifter: ta bort numret.");
        }
    }
}
