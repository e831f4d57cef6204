package se.linkoping.samverkan.referencedata;

/** An entry of a list as an administrator sees it: its code (never changed), its name, and whether it is offered. */
public record ReferenceItem(String code, String name, boolean active) {
}
