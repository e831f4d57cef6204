package se.linkoping.samverkan.web;

import java.util.List;

/**
 * CSV for a Swedish spreadsheet: semicolons, every field quoted, a byte order mark so that å, ä and ö
 * survive, CRLF line ends, and text that a spreadsheet would run as a formula (starting with =, +, -,
 * @) made harmless with a leading apostrophe.
 */
public final class Csv {

    private final StringBuilder text = new StringBuilder("\uFEFF");

    public Csv(List<String> header) {
        row(header);
    }

    /** A row; a null cell is empty. */
    public Csv row(String... cells) {
        return row(java.util.Arrays.asList(cells));
    }

    /** A row; a null cell is empty. */
    public Csv row(List<String> cells) {
        text.append(String.join(";", cells.stream().map(Csv::cell).toList())).append("\r\n");
        return this;
    }

    @Override
    public String toString() {
        return text.toString();
    }

    public static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
