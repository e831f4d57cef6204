/**
 * Who may do what: the Camunda authorizations each group needs and nothing more (Tasklist access,
 * its filters, the processes it may start; auditors read history, process owners deploy), HTTP
 * Basic authentication in front of the REST API and Samverkan's own API, the part of Camunda's REST API
 * each group reaches ({@code RestSurface}, an allow-list), and the engine's own guards: no way around a
 * process's checks ({@code BypassGuard}, {@code StartAtTheStart}) and comments and attachments that follow
 * their task ({@code TaskRecordsGuard}).
 */
package se.linkoping.samverkan.access;
