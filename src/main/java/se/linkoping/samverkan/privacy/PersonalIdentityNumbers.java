package se.linkoping.samverkan.privacy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds Swedish personal identity numbers (personnummer) and coordination numbers (samordningsnummer)
 * in free text, so that nothing Samverkan stores holds personal data. Every text is looked at in its
 * {@link #normalised normalised} form first, so a number written with fullwidth or other digits, with a
 * zero-width or control character inside, a line break between its parts or a typographic dash is found
 * like one typed plainly. Recognised: {@code YYMMDD-NNNN}, {@code YYMMDD+NNNN}, {@code YYMMDDNNNN},
 * {@code YYYYMMDD-NNNN}, {@code YYYYMMDDNNNN}, also with a space between any two digits, a space or dash
 * as separator, and with the date written {@code YYYY-MM-DD} or {@code YY-MM-DD} before a dash. The date
 * part must be a real date; coordination numbers add 60 to the day. In free text the check digit is
 * deliberately not required: a mistyped number is still somebody's number. A partner's reference has a
 * rule of its own ({@link #containsOneInReference}).
 */
public final class PersonalIdentityNumbers {

    /** Two digits of a compact date or serial, perhaps with a space between them. */
    private static final String PAIR = "(\\d ?\\d)";
    /**
     * After the four last digits: no digit, and no dash with a digit right after them (then they were the year of
     * a date, as in a range of dates {@code 2026-03-09–2026-03-15}).
     */
    private static final String END = "(?!\\d)(?!-\\d)";
    /** The four last digits, perhaps with spaces between them. */
    private static final String SERIAL = " ?([-+])? ?(\\d ?\\d ?\\d ?\\d)" + END;
    /** A dashed date's serial: the separator is then required. */
    private static final String DASHED_SERIAL = " ?([-+]) ?(\\d ?\\d ?\\d ?\\d)" + END;

    /** The shapes, each tried at every position: groups century (or null), year, month, day, separator, serial. */
    private static final List<Shape> SHAPES = List.of(
            new Shape(Pattern.compile("(?<!\\d)()" + PAIR + " ?" + PAIR + " ?" + PAIR + SERIAL), false),
            new Shape(Pattern.compile("(?<!\\d)" + PAIR + " ?" + PAIR + " ?" + PAIR + " ?" + PAIR + SERIAL), true),
            new Shape(Pattern.compile("(?<!\\d)()(\\d\\d) ?- ?(\\d\\d) ?- ?(\\d\\d)" + DASHED_SERIAL), false),
            new Shape(Pattern.compile("(?<!\\d)(\\d\\d)(\\d\\d) ?- ?(\\d\\d) ?- ?(\\d\\d)" + DASHED_SERIAL), true));

    /**
     * How far back a date-serial reference ({@code YYYYMMDD-NNNN}) may be dated and still be read as a
     * reference rather than a birth date: partners' systems number their cases by the day, and nobody this
     * young is named in a partner's case reference.
     */
    static final Period REFERENCE_DATES = Period.ofYears(5);

    private PersonalIdentityNumbers() {
    }

    /** Whether the text holds something that is, or plainly looks like, a personal or coordination number. */
    public static boolean containsOne(String text) {
        return candidates(text).stream().anyMatch(Candidate::plausible);
    }

    /**
     * Stricter: only numbers with a correct check digit. For machine-made texts, where a date followed by a
     * serial number (e.g. {@code 20260314-0042}) is common and a real personal number is always valid.
     */
    public static boolean containsValidOne(String text) {
        return candidates(text).stream().anyMatch(c -> c.plausible() && c.checkDigitFits());
    }

    /**
     * The rule for a field declared a reference (a partner's own id of a report): a number counts only when its
     * check digit and its date both fit, and a date-serial shape ({@code YYYYMMDD-NNNN}, century written out)
     * dated within the last {@link #REFERENCE_DATES} years or later is a reference's date, not a birth date.
     *
     * @param today the date the reference is checked on (Swedish time)
     */
    public static boolean containsOneInReference(String reference, LocalDate today) {
        LocalDate earliestReferenceDate = today.minus(REFERENCE_DATES);
        return candidates(reference).stream().anyMatch(c -> c.plausible() && c.checkDigitFits()
                && !c.datedOnOrAfter(earliestReferenceDate));
    }

    /**
     * A text as it is checked: Unicode NFKC (fullwidth and other compatibility forms to their plain letters and
     * digits), every decimal digit as its ASCII digit, zero-width, format and control characters and stray
     * combining marks removed, every run of white space (line breaks, tabs, non-breaking spaces) one space, and
     * every dash and minus sign a hyphen-minus. For detection only: what is stored is the text as written.
     */
    public static String normalised(String text) {
        return TextNormalisation.normalised(text);
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

    private static List<Candidate> candidates(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        String plain = normalised(text);
        return SHAPES.stream().flatMap(shape -> shape.candidates(plain).stream()).toList();
    }

    private record Shape(Pattern pattern, boolean withCentury) {

        /** Every match, starting at every position (a failed long reading must not hide a shorter one). */
        List<Candidate> candidates(String text) {
            Matcher m = pattern.matcher(text);
            List<Candidate> found = new java.util.ArrayList<>();
            int from = 0;
            while (from < text.length() && m.find(from)) {
                found.add(new Candidate(withCentury ? digits(m.group(1)) : null, digits(m.group(2)),
                        digits(m.group(3)), digits(m.group(4)), digits(m.group(6))));
                from = m.start() + 1;
            }
            return found;
        }

        private static String digits(String group) {
            return group == null ? null : group.replace(" ", "");
        }
    }

    /** One reading of digits as a number: century (null when not written), year, month, day, serial. */
    private record Candidate(String century, String yy, String mm, String dd, String serial) {

        boolean checkDigitFits() {
            return hasValidCheckDigit(yy + mm + dd + serial);
        }

        boolean plausible() {
            return birthDate() != null;
        }

        /** Whether this is a date-serial shape with its century, dated on or after the day given. */
        boolean datedOnOrAfter(LocalDate earliest) {
            if (century == null || Integer.parseInt(dd) > 31) {
                return false;
            }
            LocalDate date = birthDate();
            return date != null && !date.isBefore(earliest);
        }

        /** The date the number stands for; a year of the right leap-ness when the century is not written. */
        private LocalDate birthDate() {
            int day = Integer.parseInt(dd);
            if (day > 60) {
                day -= 60; // coordination number
            }
            int year;
            if (century != null) {
                int c = Integer.parseInt(century);
                if (c < 18 || c > 20) {
                    return null;
                }
                year = c * 100 + Integer.parseInt(yy);
            } else {
                year = 2000 + Integer.parseInt(yy) % 4; // century unknown: any year of the right leap-ness
            }
            try {
                return LocalDate.of(year, Integer.parseInt(mm), day);
            } catch (DateTimeException notADate) {
                return null;
            }
        }
    }
}
