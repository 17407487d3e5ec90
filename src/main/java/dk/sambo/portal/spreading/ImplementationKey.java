package dk.sambo.portal.spreading;

/** The seven implementation keys of the spreading model (seed 004, appendix 1). */
public enum ImplementationKey {
    VIABILITY, LEARNING_COMMUNITY, LEADERSHIP, GUIDANCE_AND_EDUCATION, PEOPLE_MOVE_PEOPLE, CONTAGIOUS_STORIES,
    DOCUMENTATION
}
