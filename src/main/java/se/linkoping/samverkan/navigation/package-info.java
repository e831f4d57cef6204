/**
 * The way around: {@code /} to Tasklist, the links between Tasklist, Cockpit, Admin and Samverkan's pages
 * (each person sees the ones they may open), and the pages' shared header. Features declare their pages as
 * {@link se.linkoping.samverkan.navigation.SamverkanPage} beans.
 */
package se.linkoping.samverkan.navigation;
