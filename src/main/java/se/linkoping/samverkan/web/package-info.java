/**
 * What Samverkan's own pages and API share: refusals answered as RFC 9457 problem details under {@code /api}
 * and as the one refused page elsewhere ({@link se.linkoping.samverkan.web.RefusalAdvice}), and CSV for a
 * Swedish spreadsheet ({@link se.linkoping.samverkan.web.Csv}).
 */
package se.linkoping.samverkan.web;
