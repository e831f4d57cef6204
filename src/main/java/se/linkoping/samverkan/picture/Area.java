package se.linkoping.samverkan.picture;

/** A district or a category as the dashboard names it; inactive ones still name their old reports. */
public record Area(String code, String name, boolean active) {
}
