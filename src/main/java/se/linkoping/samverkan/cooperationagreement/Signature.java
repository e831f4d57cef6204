package se.linkoping.samverkan.cooperationagreement;

import java.time.OffsetDateTime;

/** A signature as stored: for which party, by whom (the role's holder then), and when. */
public record Signature(Signatory signatory, String signedBy, OffsetDateTime signedAt) {
}
