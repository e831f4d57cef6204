package se.linkoping.samverkan.privacy;

import java.text.Normalizer;

/** The normal form texts are checked in: see {@link PersonalIdentityNumbers#normalised}. */
final class TextNormalisation {

    private TextNormalisation() {
    }

    static String normalised(String text) {
        if (text == null) {
            return null;
        }
        String compatible = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder plain = new StringBuilder(compatible.length());
        boolean lastWasSpace = false;
        for (int i = 0; i < compatible.length(); ) {
            int c = compatible.codePointAt(i);
            i += Character.charCount(c);
            if (isSpace(c)) {
                if (!lastWasSpace) {
                    plain.append(' ');
                }
                lastWasSpace = true;
                continue;
            }
            if (isInvisible(c)) {
                continue; // removed: the characters around it meet
            }
            lastWasSpace = false;
            if (Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) {
                plain.append((char) ('0' + Character.digit(c, 10)));
            } else if (isDash(c)) {
                plain.append('-');
            } else if (c == '\u2795') {
                plain.append('+'); // heavy plus sign; the other pluses are folded by NFKC
            } else {
                plain.appendCodePoint(c);
            }
        }
        return plain.toString();
    }

    /** White space of any kind: spaces (also non-breaking), tabs, line and paragraph breaks. */
    private static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
    }

    /** Zero-width and other format characters, control characters, combining marks left over after NFKC. */
    private static boolean isInvisible(int c) {
        int type = Character.getType(c);
        return type == Character.FORMAT || type == Character.CONTROL || type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK || c == '\u115F' || c == '\u1160' || c == '\u3164'
                || c == '\uFFA0';
    }

    /** Hyphens, dashes and minus signs, however a word processor or keyboard writes them. */
    private static boolean isDash(int c) {
        return Character.getType(c) == Character.DASH_PUNCTUATION || c == '\u2212' || c == '\u2796'
                || c == '\u02D7' || c == '\u2043' || c == '\u2010' || c == '\u2011';
    }
}
