/**
 * Who may do what: the Camunda authorizations each group needs and nothing more (Tasklist access,
 * its filters, the processes it may start; auditors read history, process owners deploy), and HTTP
 * Basic authentication in front of the REST API and Samverkan's own API.
 */
package se.linkoping.samverkan.access;
