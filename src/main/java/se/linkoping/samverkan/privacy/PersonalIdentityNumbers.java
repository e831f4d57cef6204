package se.linkoping.samverkan.privacy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds Swedish personal identity numbers (personnummer) and coordination numbers (samordningsnummer)
 * in free text, so that reports never hold personal data. Recognised: {@code YYMMDD-NNNN},
 * {@code YYMMDD+NNNN}, {@code YYMMDDNNNN}, {@code YYYYMMDD-NNNN}, {@code YYYYMMDDNNNN}, also with a space, a
 * typographic dash or a minus sign as separator. The date part must be a real date; coordination numbers add 60 to the day. The check digit
 * is deliberately not required: a mistyped number is still somebody's number.
 */
public final class PersonalIdentityNumbers {

    /**
     * Date digits, then an optional separator: hyphen, plus, a dash or minus sign as word processors
     * write them (U+2010–U+2015, U+2212), with or without spaces (also non-breaking) around it.
     */
    private static final Pattern CANDIDATE = Pattern.compile(
            "(?<!\\d)(\\d{2})?(\\d{2})(\\d{2})(\\d{2})[\\h]*[-+\\u2010-\\u2015\\u2212]?[\\h]*(\\d{4})(?!\\d)");

    private PersonalIdentityNumbers() {
    }

    /** Whether the text holds something that is, or plainly looks like, a personal or coordination number. */
    public static boolean containsOne(String text) {
        return find(text, false);
    }

    /**
     * Stricter: only numbers with a correct check digit. For machine-made references, where a date
     * followed by a serial number (e.g. {@code 20260314-0042}) is common and a real personal number
     * is always valid.
     */
    public static boolean containsValidOne(String text) {
        return find(text, true);
    }

    private static boolean find(String text, boolean checkDigitRequired) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        Matcher m = CANDIDATE.matcher(text);
        while (m.find()) {
            if (isPlausible(m.group(1), m.group(2), m.group(3), m.group(4))
                    && (!checkDigitRequired || hasValidCheckDigit(m.group(2) + m.group(3) + m.group(4) + m.group(5)))) {
                return true;
            }
        }
        return false;
    }

    /** The Luhn algorithm over YYMMDDNNNN, as Skatteverket computes the last digit. */
    static boolean hasValidCheckDigit(String tenDigits) {
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            int digit = (tenDigits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += digit > 9 ? digit - 9 : digit;
        }
        return sum % 10 == 0;
    }

    private static boolean isPlausible(String century, String yy, String mm, String dd) {
        int day = Integer.parseInt(dd);
        if (day > 60) {
            day -= 60; // coordination number
        }
        int month = Integer.parseInt(mm);
        int year;
        if (century != null) {
            int c = Integer.parseInt(century);
            if (c < 18 || c > 20) {
                return false;
            }
            year = c * 100 + Integer.parseInt(yy);
        } else {
            year = 2000 + Integer.parseInt(yy) % 4; // century unknown: any year of the right leap-ness
        }
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException notADate) {
            return false;
        }
    }
}
