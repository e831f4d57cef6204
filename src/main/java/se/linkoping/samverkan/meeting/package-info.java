/**
 * The meetings of the coordination group, the steering group and the political steering group: when
 * they are held (cron dates, and the coordination group's cadence from {@code meeting-cadence} by the
 * phase the steering group sets), extra meetings on request, the agenda of waiting matters, the
 * tertial analysis's district plans, and the decisions taken there.
 */
package se.linkoping.samverkan.meeting;
