/**
 * Samverkan: the crime-prevention cooperation between Linköping municipality and the local police
 * area, run as Camunda 7 processes. This package holds only {@link se.linkoping.samverkan.SamverkanApplication};
 * each sub-package is one thing the application does for its users (a process, a page, the organisation),
 * or a shared piece named for what it is ({@code forms}, {@code refusal}, {@code web}, {@code system},
 * {@code privacy}). See docs/ARCHITECTURE.md.
 */
package se.linkoping.samverkan;
