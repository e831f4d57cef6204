package se.linkoping.samverkan.referencedata;

import java.time.OffsetDateTime;

/**
 * One change an administrator made to the reference data, kept for good.
 *
 * @param oldName the name before (null when added)
 * @param newName the name after (for a retirement or reactivation: the name it had then)
 */
public record ReferenceChange(long id, ReferenceKind kind, String code, Type type, String oldName, String newName,
                              String changedBy, OffsetDateTime changedAt) {

    /** What was done, with its Swedish name. */
    public enum Type {
        ADDED("Tillagd"), RENAMED("Namnändrad"), RETIRED("Avvecklad"), REACTIVATED("Återinförd");

        private final String swedishName;

        Type(String swedishName) {
            this.swedishName = swedishName;
        }

        public String swedishName() {
            return swedishName;
        }
    }
}
