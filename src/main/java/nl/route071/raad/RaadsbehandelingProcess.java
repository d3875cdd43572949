package nl.route071.raad;

/** Ids and variable names of one council's treatment, {@code processes/raadsbehandeling.bpmn}. */
public final class RaadsbehandelingProcess {

    public static final String PROCESS_ID = "raadsbehandeling";

    public static final String TASK_VOORSTEL_AANBIEDEN = "UserTask_VoorstelAanRaadAanbieden";
    public static final String TASK_ADVIES_AGENDEREN = "UserTask_AdviesAgenderen";
    public static final String SERVICE_EERSTE_RAADSVERGADERING = "ServiceTask_EersteRaadsvergaderingBepalen";
    public static final String SEND_RAADSVERGADERING_NA_TERMIJN = "SendTask_RaadsvergaderingNaTermijnMelden";
    public static final String SEND_ADVIES_MELDEN = "SendTask_AdviesMelden";
    /** The college is asked to offer the proposal to its raad (mail "aanbieden"). */
    public static final String SEND_AANBIEDEN_MELDEN = "SendTask_AanbiedenMelden";
    /** The griffie hears, once the college offered it, that it may agenda the advice (mail "agenderen"). */
    public static final String SEND_AGENDEREN_MELDEN = "SendTask_AgenderenMelden";
    /** The regiocommissie's own proposal: the griffie registers it as an initiatiefvoorstel (Gemeentewet art. 147a lid 1). */
    public static final String TASK_INITIATIEFVOORSTEL_INDIENEN = "UserTask_InitiatiefvoorstelIndienen";
    /** The college is asked for its view on the initiatiefvoorstel (mail "zienswijze"). */
    public static final String SEND_ZIENSWIJZE_VRAGEN = "SendTask_ZienswijzeVragen";
    /** The college may give its view; no gate: the timer below ends it. */
    public static final String TASK_ZIENSWIJZE_COLLEGE_GEVEN = "UserTask_ZienswijzeCollegeGeven";
    public static final String TIMER_ZIENSWIJZETERMIJN = "BoundaryEvent_ZienswijzetermijnVerstreken";
    public static final String TASK_RAADSBESLUIT_VASTLEGGEN = "UserTask_RaadsbesluitVastleggen";
    public static final String RULE_AFWIJKING = "BusinessRuleTask_AfwijkingBepalen";
    public static final String TASK_VERANTWOORDING_AGENDEREN = "UserTask_VerantwoordingAgenderen";
    public static final String TASK_VERANTWOORDING_VASTLEGGEN = "UserTask_VerantwoordingVastleggen";
    public static final String END_AFGEROND = "EndEvent_RaadsbehandelingAfgerond";

    public static final String VAR_GEMEENTE = "gemeente";
    public static final String VAR_RAADSBESLUIT = "raadsbesluit";
    /** The meeting chosen in "Advies agenderen", yyyy-MM-dd: a meeting of the gemeente's calendar ({@link Raadskalender}). */
    public static final String VAR_RAADSVERGADERING = "raadsvergadering";
    /** The first meeting of the calendar on or after the advice date, yyyy-MM-dd; null when the calendar has none. */
    public static final String VAR_EERSTE_RAADSVERGADERING = "eersteRaadsvergadering";
    /** True when the term has a date and the calendar has no meeting on or before it: the warning went out. */
    public static final String VAR_RAADSVERGADERING_NA_TERMIJN = "raadsvergaderingNaTermijn";
    /** {@code regiocommissie} for the regiocommissie's own proposal, which reaches the raad as an initiatiefvoorstel. */
    public static final String VAR_INITIATIEF = "initiatief";
    /** The college's view on the initiatiefvoorstel; absent when it gave none in time. */
    public static final String VAR_ZIENSWIJZE_COLLEGE = "zienswijzeCollege";
    /** The last day for the college's view, yyyy-MM-dd ({@link ZienswijzeCollege}). */
    public static final String VAR_ZIENSWIJZE_UITERLIJK = "zienswijzeUiterlijk";
    public static final String VAR_AMENDEMENT_BINNEN_HOOFDLIJNEN = "amendementBinnenHoofdlijnen";
    public static final String VAR_AFWIJKING = "afwijking";
    public static final String VAR_VERANTWOORDING_VEREIST = "verantwoordingVereist";
    public static final String VAR_GAAT_DOOR = "gaatDoor";
    /** The decision's due date, yyyy-MM-dd, from {@code decisions/termijn.dmn}; null when the soort besluit has no term. */
    public static final String VAR_TERMIJNDATUM = "termijndatum";
    /** The reminder's date, yyyy-MM-dd, from {@code decisions/termijn.dmn}; null when there is no reminder. */
    public static final String VAR_HERINNERINGSDATUM = "herinneringsdatum";

    private RaadsbehandelingProcess() {
    }
}
