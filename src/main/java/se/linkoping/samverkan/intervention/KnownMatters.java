package se.linkoping.samverkan.intervention;

/**
 * Whether a matter an intervention is decided on exists. The owner of the matters answers: it knows
 * interventions (a late one becomes a matter), so interventions ask through this and do not know it.
 */
public interface KnownMatters {

    boolean exists(long matterId);
}
