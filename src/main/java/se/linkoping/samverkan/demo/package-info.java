/**
 * The living demo, in the {@code demo} profile only: on the first start a quarter of Linköping's
 * cooperation is simulated through the real processes, so that Tasklist has waiting tasks, the
 * situational picture has weeks of history and the audit pages have timelines to show.
 * <p>
 * Thirteen weeks of incident reports from partners' systems and staff, EST's weekly cycles, matters
 * raised, escalated and decided at the bodies' meetings (one climbs from EST to the political steering
 * group), and interventions carried out, followed up and overdue — each step taken as a demo user through
 * the same services Tasklist and the API use, with the engine clock moved through the quarter and the
 * due jobs run in order in place of the job executor. Runs once, in one transaction, recorded in
 * {@code demo_simulation} (owned by {@link se.linkoping.samverkan.demo.SimulationMarker}); switched off
 * with {@code samverkan.demo.simulate=false}. It reads no other table itself: it asks their owners
 * ({@link se.linkoping.samverkan.demo.ApplicationParts}).
 * <p>
 * {@link se.linkoping.samverkan.demo.DemoStart} wires it in; {@link se.linkoping.samverkan.demo.LivingDemo}
 * runs it once; {@link se.linkoping.samverkan.demo.SimulatedQuarter} is the quarter's course, with
 * {@link se.linkoping.samverkan.demo.QuarterReports} (what is reported) and
 * {@link se.linkoping.samverkan.demo.StaffWork} (what people do with their tasks, by process:
 * {@link se.linkoping.samverkan.demo.EstWork}, {@link se.linkoping.samverkan.demo.MeetingWork},
 * {@link se.linkoping.samverkan.demo.MatterDecisions}, {@link se.linkoping.samverkan.demo.InterventionWork},
 * {@link se.linkoping.samverkan.demo.StaffInitiatives}). What they write is in {@code demo/texts.properties}
 * ({@link se.linkoping.samverkan.demo.DemoTexts}); the story they follow is named in
 * {@link se.linkoping.samverkan.demo.Storyline}. Nothing outside this package depends on it.
 */
package se.linkoping.samverkan.demo;
