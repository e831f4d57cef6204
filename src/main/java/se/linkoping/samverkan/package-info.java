/**
 * Samverkan: the crime-prevention cooperation between Linköping municipality and the local police
 * area, run as Camunda 7 processes. Each sub-package is one thing the application does for its users:
 * {@code identity} (the organisation as users and groups), {@code access} (who may do what),
 * {@code referencedata} (districts, categories, sources) and {@code intake} (incident reports).
 */
package se.linkoping.samverkan;
