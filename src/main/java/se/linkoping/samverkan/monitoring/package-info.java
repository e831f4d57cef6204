/**
 * What operators watch: the metrics at {@code /actuator/prometheus} (the engine's job executor, incidents and process
 * instances as {@code camunda_*}; Samverkan's reports, open tasks per group, overdue interventions and the last EST
 * cycle as {@code samverkan_*}) and the job executor's health. A read model: it reads Camunda's and Samverkan's
 * tables, a few grouped queries kept a short while ({@code samverkan.monitoring.figures-seconds}), and writes
 * nothing. Who may read them is {@code access}'s.
 */
package se.linkoping.samverkan.monitoring;
