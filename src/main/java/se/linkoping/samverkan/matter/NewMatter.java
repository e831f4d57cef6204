package se.linkoping.samverkan.matter;

/** A matter as raised, before anything is checked. Level, district and category are codes. */
public record NewMatter(String title, String description, String level, String district, String category,
                        boolean acute) {
}
