/**
 * Decision records: every decision a body makes — EST on the problems of its weekly picture, the
 * meetings on matters, district plans and the coordination group's phase, the political steering group
 * on the cooperation agreement — with who decided, when, why, what it directs and what it rested on.
 * Owns the table {@code decision_record} ({@link se.linkoping.samverkan.decision.DecisionRecords}); the
 * auditors' views, the yearly report and the meetings' exports read it.
 */
package se.linkoping.samverkan.decision;
