/**
 * Accessibility: the accessibility statement (tillgänglighetsredogörelse) that the law on accessibility of digital
 * public services asks for, public at {@code /tillganglighet} and linked from every page of Samverkan and from
 * Tasklist's and Cockpit's footer.
 */
package se.linkoping.samverkan.accessibility;
