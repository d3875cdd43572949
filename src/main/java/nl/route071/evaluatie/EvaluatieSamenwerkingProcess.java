package nl.route071.evaluatie;

/** Ids and variable names of the evaluation of the cooperation, {@code processes/evaluatieSamenwerking.bpmn}. */
public final class EvaluatieSamenwerkingProcess {

    public static final String PROCESS_ID = "evaluatieSamenwerking";

    public static final String START_EVENT = "StartEvent_SamenwerkingGestart";
    public static final String TIMER_EERSTE_JAAR = "IntermediateCatchEvent_EersteJaarVerstreken";
    public static final String SERVICE_TUSSENRAPPORTAGE = "ServiceTask_TussenrapportageMaken";
    public static final String TASK_TUSSENEVALUATIE_OPSTELLEN = "UserTask_TussenevaluatieOpstellen";
    public static final String TASK_TUSSENEVALUATIE_BESPREKEN = "UserTask_TussenevaluatieBespreken";
    public static final String TIMER_EINDEVALUATIE = "IntermediateCatchEvent_EindevaluatieNodig";
    public static final String SERVICE_EINDRAPPORTAGE = "ServiceTask_EindrapportageMaken";
    public static final String TASK_EINDEVALUATIE_OPSTELLEN = "UserTask_EindevaluatieOpstellen";
    public static final String TASK_EINDEVALUATIE_BESPREKEN = "UserTask_EindevaluatieBespreken";
    public static final String TASK_VOORTZETTINGSVOORSTEL_OPSTELLEN = "UserTask_VoortzettingsvoorstelOpstellen";
    public static final String CALL_VOORTZETTINGSVOORSTEL = "CallActivity_VoortzettingsvoorstelBehandelen";
    public static final String SEND_VOORTZETTING_MELDEN = "SendTask_VoortzettingMelden";
    public static final String END_LIEP_AL = "EndEvent_EvaluatieLiepAl";
    public static final String END_VOORTGEZET = "EndEvent_SamenwerkingVoortgezet";
    public static final String END_AANGEPAST = "EndEvent_SamenwerkingAangepast";
    public static final String END_GESTOPT = "EndEvent_SamenwerkingGestopt";
    public static final String END_NIET_AANGENOMEN = "EndEvent_VoortzettingNietAangenomen";
    public static final String END_NIET_BESLOTEN = "EndEvent_VoortzettingNietBesloten";
    /** The continuation proposal stayed unanswered past {@code route071.termijnen.voortzettingsvoorstel}. */
    public static final String TIMER_VOORTZETTINGSVOORSTEL_ONBEANTWOORD = "BoundaryEvent_VoortzettingsvoorstelOnbeantwoord";
    public static final String SEND_VOORTZETTING_ONBEANTWOORD_MELDEN = "SendTask_VoortzettingOnbeantwoordMelden";
    public static final String END_ONBEANTWOORD = "EndEvent_VoortzettingOnbeantwoord";

    public static final String GROEP_STRATEGISCHE_UNIT = "strategische-unit";
    public static final String GROEP_STUURGROEP = "stuurgroep";

    /** {@code yyyy-MM-dd}; set at the start from the configuration unless given. */
    public static final String VAR_STARTDATUM = "startdatumSamenwerking";
    public static final String VAR_LIEP_AL = "evaluatieLiepAl";
    /** Local input of the report step: {@code tussenevaluatie} or {@code eindevaluatie}. */
    public static final String VAR_EVALUATIE = "evaluatie";
    /** Suffix of the variable holding the id of the stored report: tussenevaluatieRapportId, eindevaluatieRapportId. */
    public static final String RAPPORT_ID_SUFFIX = "RapportId";
    public static final String VAR_TUSSENRAPPORT_ID = "tussenevaluatie" + RAPPORT_ID_SUFFIX;
    public static final String VAR_EINDRAPPORT_ID = "eindevaluatie" + RAPPORT_ID_SUFFIX;
    public static final String VAR_VOORTZETTING = "voortzetting";
    public static final String VAR_MOTIVERING = "motivering";
    /** Date of the last council decision on the continuation proposal ({@code yyyy-MM-dd}). */
    public static final String VAR_BESLUITDATUM_VOORTZETTING = "besluitdatumVoortzetting";
    /** Out of the called {@code regionaalVoorstel}: its number, the outcomes per gemeente and the doorgang. */
    public static final String VAR_VOORTZETTINGSVOORSTELNUMMER = "voortzettingsvoorstelnummer";
    public static final String VAR_UITKOMSTEN = "uitkomsten";
    public static final String VAR_DOORGANG = "doorgang";
    public static final String VAR_VOORTZETTING_PER_GEMEENTE = "voortzettingPerGemeente";
    public static final String VAR_VOORTZETTING_PER_GEMEENTE_TEKST = "voortzettingPerGemeenteTekst";
    /** Initiatief of the continuation proposal in {@code regionaalVoorstel}. */
    public static final String INITIATIEF_STUURGROEP = "stuurgroep";

    /** Business key of the evaluation of the cooperation that started on the given date. */
    public static String businessKey(String startdatum) {
        return "EVALUATIE-" + startdatum;
    }

    private EvaluatieSamenwerkingProcess() {
    }
}
