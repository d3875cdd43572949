package nl.route071.uitvoering;

/** Ids and variable names of one gemeente's execution, {@code processes/uitvoering.bpmn}. */
public final class UitvoeringProcess {

    public static final String PROCESS_ID = "uitvoering";

    public static final String TASK_UITVOERING_ORGANISEREN = "UserTask_UitvoeringOrganiseren";
    public static final String RULE_UITVOERINGSGROEP = "BusinessRuleTask_UitvoeringsgroepBepalen";
    public static final String TASK_UITVOERING_GEREED_MELDEN = "UserTask_UitvoeringGereedMelden";
    public static final String TIMER_VOORTGANG = "BoundaryEvent_VoortgangsrapportageNodig";
    public static final String TASK_VOORTGANG_RAPPORTEREN = "UserTask_VoortgangRapporteren";
    public static final String END_AFGEROND = "EndEvent_UitvoeringAfgerond";
    /** Always open while the uitvoering runs: report in between; after outsourcing also the gemeente's own group. */
    public static final String TASK_VOORTGANG_TUSSENTIJDS_MELDEN = "UserTask_VoortgangTussentijdsMelden";

    /** Passed in by the main route: the gemeente that executes, the proposal's ambitie and titel. */
    public static final String VAR_GEMEENTE = "gemeente";
    public static final String VAR_AMBITIE = "ambitie";
    public static final String VAR_TITEL = "titel";
    public static final String VAR_UITVOERDER = "uitvoerder";
    public static final String VAR_UITVOERINGSGROEP = "uitvoeringsgroep";
    public static final String VAR_VOORTGANGSSTATUS = "voortgangsstatus";
    public static final String VAR_VOORTGANG = "voortgang";
    /** Json array of every report: {datum, soort (kwartaal|tussentijds), gemeente, gerapporteerdDoor, uitvoeringsgroep, status, voortgang}. */
    public static final String VAR_RAPPORTAGES = "voortgangsrapportages";
    /** The reports as text, newest first (readonly on the forms). */
    public static final String VAR_OVERZICHT = "voortgangsoverzicht";

    private UitvoeringProcess() {
    }
}
