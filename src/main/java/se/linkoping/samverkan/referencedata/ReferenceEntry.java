package se.linkoping.samverkan.referencedata;

/** A code and its Swedish name: a district, a reporting source. */
public record ReferenceEntry(String code, String name) {
}
