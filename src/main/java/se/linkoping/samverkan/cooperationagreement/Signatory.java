package se.linkoping.samverkan.cooperationagreement;

/** The two who sign the agreement, either first. */
public enum Signatory { KS_CHAIR, POLICE_CHIEF }
