package se.linkoping.samverkan.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reports must never hold personal data, so the detector must find a personal identity number
 * (personnummer) or coordination number (samordningsnummer) however it is written in free text,
 * without flagging the dates, times, addresses and organisation numbers that ordinary reports contain.
 */
class PersonalIdentityNumbersTest {

    @DisplayName("finds")
    @ParameterizedTest(name = "{0}: \"{1}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            YYMMDD-NNNN                          | Mannen, 850709-9805, uppträdde hotfullt vid busshållplatsen.
            YYMMDD+NNNN (över 100 år)            | Den äldre kvinnan (121212+1212) blev av med sin handväska.
            YYMMDDNNNN                           | Anmälaren uppgav 8507099805 som sitt personnummer.
            YYYYMMDD-NNNN                        | Föraren 19850709-9805 körde mot rött ljus.
            YYYYMMDDNNNN                         | Ungdomen 200501159999 kastade sten mot bussen.
            YYMMDD NNNN (mellanslag)             | Vittnet 850709 9805 såg allt från balkongen.
            YYYYMMDD NNNN (mellanslag)           | Vittnet 19850709 9805 såg allt från balkongen.
            samordningsnummer YYMMDD-NNNN        | Personen med samordningsnummer 850769-9805 greps.
            samordningsnummer YYYYMMDDNNNN       | Personen med samordningsnummer 198507699805 greps.
            samordningsnummer dag 31 + 60        | Anhållen: 850791-2384, släpptes samma kväll.
            först i texten                       | 850709-9805 sågs springa från platsen.
            sist i texten                        | Anmälan gjordes av 850709-9805
            hela texten                          | 8507099805
            direkt efter kolon                   | Pnr:850709-9805 enligt vittnet.
            inom parentes                        | En man (850709-9805) greps vid Skäggetorps centrum.
            före punkt                           | Han hette något och hade nummer 850709-9805.
            före semikolon                       | Nummer 850709-9805; han nekade till brott.
            direkt efter bokstäver               | ID850709-9805 stod på lappen.
            29 februari skottår, kort            | Kvinnan, 880229-1234, hade klottrat på väggen.
            29 februari skottår, långt           | Kvinnan, 20000229-1234, hade klottrat på väggen.
            29 februari år 00 (2000)             | Barnet 000229-1234 var ensamt på lekplatsen.
            Skatteverkets testnummer, långt      | Testperson 19121212-1212 i beskrivningen.
            Skatteverkets testnummer, kort       | Testperson 121212-1212 i beskrivningen.
            Skatteverkets testnummer, 12 siffror | Testperson 191212121212 i beskrivningen.
            fel kontrollsiffra                   | Mannen, 850709-9806, uppträdde hotfullt.
            i andra av två tal                   | Ärende 2026-0042 gäller 850709-9805.
            bland andra siffror                  | Buss 12 kl. 21:30 vid Storgatan 45, förare 850709-9805.
            tankstreck (inklistrat från Word)    | Mannen 850709–9805 greps.
            minustecken                          | Mannen 19850709−9805 greps.
            hårt mellanslag                      | Mannen 850709 9805 greps.
            mellanslag runt bindestreck          | Mannen 850709 - 9805 greps.
            """)
    void findsANumberInFreeText(String variant, String text) {
        assertThat(PersonalIdentityNumbers.containsOne(text)).as(variant).isTrue();
    }

    @Test
    void findsANumberOnALineOfItsOwn() {
        String text = """
                Två män bråkade utanför Skäggetorps centrum.
                850709-9805
                Polisen kallades.""";

        assertThat(PersonalIdentityNumbers.containsOne(text)).isTrue();
    }

    @DisplayName("does not flag")
    @ParameterizedTest(name = "{0}: \"{1}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            vanlig text                          | Klotter på tre entrédörrar, ingen person på plats.
            klockslag                            | Stenkastning mot buss kl. 21:30 vid hållplatsen.
            datum                                | Händelsen inträffade 2026-03-14 på kvällen.
            datum och tid                        | 2026-03-14 kl. 21:30 brann en container.
            ISO-tidpunkt                         | Larmet kom 2026-03-14T21:30:00+01:00.
            korta tal                            | 3 personer, 12 fönster och 450 kronor.
            husnummer och postnummer             | Storgatan 45B, 582 23 Linköping.
            ärendenummer                         | Polisens ärende 5000-12345 gäller skadegörelse.
            telefonnummer med mellanslag         | Ring 013-20 60 00 vid frågor.
            organisationsnummer (månad 60)       | Bostadsbolaget 556036-0793 äger fastigheten.
            organisationsnummer utan bindestreck | Bostadsbolaget 5560360793 äger fastigheten.
            organisationsnummer med prefix 16    | Bostadsbolaget 16556036-0793 äger fastigheten.
            månad 13                             | Nummer 851309-9805 stod på lappen.
            månad 00                             | Nummer 850009-9805 stod på lappen.
            dag 00                               | Nummer 850700-9805 stod på lappen.
            dag 32                               | Nummer 850732-9805 stod på lappen.
            dag 60 (samordning för dag 0)        | Nummer 850760-9805 stod på lappen.
            dag 92 (samordning för dag 32)       | Nummer 850792-9805 stod på lappen.
            30 februari                          | Nummer 850230-1234 stod på lappen.
            31 april                             | Nummer 850431-1234 stod på lappen.
            29 februari icke skottår             | Nummer 850229-1234 stod på lappen.
            29 februari 1900 (icke skottår)      | Nummer 19000229-1234 stod på lappen.
            sekel utanför 18–20                  | Nummer 21121212-1212 stod på lappen.
            för få siffror efter datumet         | Nummer 850709-980 stod på lappen.
            för få siffror i datumet             | Nummer 85079-9805 stod på lappen.
            elva siffror i rad                   | Löpnummer 85070998051 i registret.
            fjorton siffror i rad                | Referens 19850709980512 i fakturan.
            tjugo siffror i rad                  | OCR 12345678901234567890 på inbetalningen.
            """)
    void doesNotFlagOrdinaryContent(String variant, String text) {
        assertThat(PersonalIdentityNumbers.containsOne(text)).as(variant).isFalse();
    }

    @DisplayName("does not flag blank text")
    @ParameterizedTest(name = "\"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t\n"})
    void doesNotFlagNothing(String text) {
        assertThat(PersonalIdentityNumbers.containsOne(text)).isFalse();
    }

    @DisplayName("with check digit required")
    @ParameterizedTest(name = "\"{0}\" is a valid number: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            850709-9805        | true
            19121212-1212      | true
            121212+1212        | true
            POL-8507099805     | true
            850709-9806        | false
            20260314-0042      | false
            202603140042       | false
            SÄK-20261124-0018  | false
            """)
    void findsOnlyNumbersWithACorrectCheckDigit(String text, boolean expected) {
        assertThat(PersonalIdentityNumbers.containsValidOne(text)).isEqualTo(expected);
    }

    /** The day the table's references are checked on. */
    private static final LocalDate TABLE_DAY = LocalDate.of(2026, 12, 3);

    @DisplayName("the table of spellings and look-alikes")
    @ParameterizedTest(name = "{0} ({1}): {2}")
    @CsvFileSource(resources = "/privacy/personal-identity-numbers.csv", delimiter = '|', numLinesToSkip = 1,
            quoteCharacter = '\u0000', maxCharsPerColumn = 1000)
    void spellingsAreRefusedAndLookAlikesPass(String expected, String rule, String variant, String written) {
        String text = unescaped(written);
        boolean found = switch (rule) {
            case "text" -> PersonalIdentityNumbers.containsOne(text);
            case "reference" -> PersonalIdentityNumbers.containsOneInReference(text, TABLE_DAY);
            default -> throw new IllegalArgumentException("rule " + rule);
        };
        assertThat(found).as("%s: %s", variant, written).isEqualTo(expected.equals("refused"));
    }

    @Test
    void theTableHasAtLeastSixtySpellingsAndTwentyLookAlikes() throws java.io.IOException {
        try (var table = getClass().getResourceAsStream("/privacy/personal-identity-numbers.csv")) {
            var rows = new String(table.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().toList();
            assertThat(rows.stream().filter(row -> row.startsWith("refused|"))).hasSizeGreaterThanOrEqualTo(60);
            assertThat(rows.stream().filter(row -> row.startsWith("passes|"))).hasSizeGreaterThanOrEqualTo(20);
        }
    }

    @Test
    void noneOfAHundredDateSerialReferencesIsRefused() {
        for (LocalDate day : new LocalDate[] {TABLE_DAY, TABLE_DAY.minusDays(30), TABLE_DAY.minusYears(4)}) {
            String date = day.toString().replace("-", "");
            assertThat(IntStream.range(0, 100).mapToObj(serial -> date + "-%04d".formatted(serial))
                    .filter(reference -> PersonalIdentityNumbers.containsOneInReference(reference, TABLE_DAY)))
                    .as("references of %s", day).isEmpty();
        }
    }

    @Test
    void aPersonalNumberIsRefusedAsAReferenceWhateverItsDate() {
        assertThat(PersonalIdentityNumbers.containsOneInReference("19850709-9805", TABLE_DAY)).isTrue();
        assertThat(PersonalIdentityNumbers.containsOneInReference("REF-198507099805", TABLE_DAY)).isTrue();
        // a coordination number's day is never a reference's date
        assertThat(PersonalIdentityNumbers.containsOneInReference("20261261-0002", TABLE_DAY)).isTrue();
    }

    @Test
    void normalisationFoldsDigitsSpacesAndDashesAndDropsInvisibles() {
        assertThat(PersonalIdentityNumbers.normalised("８５\u200B０７０９\r\n\t–\u00A0９８０５"))
                .isEqualTo("850709 - 9805");
        assertThat(PersonalIdentityNumbers.normalised("Skäggetorp")).isEqualTo("Skäggetorp");
    }

    private static final Pattern ESCAPE = Pattern.compile("\\\\(u\\{([0-9A-Fa-f]+)}|u([0-9A-Fa-f]{4})|n|r|t)");

    /** The table's escapes: backslash-u and four hex digits, backslash-u and braces, backslash n, r and t. */
    static String unescaped(String written) {
        Matcher m = ESCAPE.matcher(written);
        StringBuilder text = new StringBuilder();
        while (m.find()) {
            String replacement = switch (m.group(1)) {
                case "n" -> "\n";
                case "r" -> "\r";
                case "t" -> "\t";
                default -> Character.toString(Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(3), 16));
            };
            m.appendReplacement(text, Matcher.quoteReplacement(replacement));
        }
        return m.appendTail(text).toString();
    }
}
