/**
 * Decision records: every decision a body makes, with who decided, when, why and what it rested on.
 * EST's decisions on the problems of its weekly picture are recorded now; the meetings' decisions on
 * matters follow. The auditors' views are built on these records and on Camunda's decision history.
 */
package se.linkoping.samverkan.decision;
