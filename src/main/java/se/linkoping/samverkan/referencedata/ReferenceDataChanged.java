package se.linkoping.samverkan.referencedata;

/** Published when an administrator changed a list; the forms that offer it are deployed anew once it is committed. */
record ReferenceDataChanged(ReferenceKind kind) {
}
