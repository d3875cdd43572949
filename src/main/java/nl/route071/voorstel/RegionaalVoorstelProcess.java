package nl.route071.voorstel;

/** Ids and variable names of the main route, {@code processes/regionaalVoorstel.bpmn}. */
public final class RegionaalVoorstelProcess {

    public static final String PROCESS_ID = "regionaalVoorstel";

    public static final String START_EVENT = "StartEvent_VoorstelIngediend";
    public static final String TASK_STARTBIJEENKOMST_HOUDEN = "UserTask_StartbijeenkomstHouden";
    public static final String TASK_EIGEN_VOORSTEL_VOORBEREIDEN = "UserTask_EigenVoorstelVoorbereiden";
    public static final String TASK_VOORSTEL_VOORBEREIDEN = "UserTask_VoorstelVoorbereiden";
    public static final String TASK_VOORSTEL_VASTSTELLEN = "UserTask_VoorstelVaststellen";
    public static final String TASK_BEELDVORMING_HOUDEN = "UserTask_BeeldvormingHouden";
    public static final String TASK_OORDEELSVORMING_HOUDEN = "UserTask_OordeelsvormingHouden";
    public static final String TASK_STEMMING_VASTLEGGEN = "UserTask_StemmingVastleggen";
    public static final String TASK_STEMMING_AGENDEREN = "UserTask_StemmingAgenderen";
    public static final String TASK_ADVIES_OPSTELLEN = "UserTask_AdviesOpstellen";
    public static final String TASK_NEGATIEF_ADVIES_AFWEGEN = "UserTask_NegatiefAdviesAfwegen";
    public static final String TASK_NEGATIEF_ADVIES_EIGEN_VOORSTEL_AFWEGEN = "UserTask_NegatiefAdviesEigenVoorstelAfwegen";
    public static final String TASK_NEGATIEF_ADVIES_VOORTZETTING_AFWEGEN = "UserTask_NegatiefAdviesVoortzettingAfwegen";
    public static final String SERVICE_STEMLIJST_KLAARZETTEN = "ServiceTask_StemlijstKlaarzetten";
    public static final String RULE_BEVOEGD_ORGAAN = "BusinessRuleTask_BevoegdOrgaanBepalen";
    public static final String RULE_STEMUITSLAG = "BusinessRuleTask_StemuitslagBepalen";
    public static final String RULE_DOORGANG = "BusinessRuleTask_DoorgangBepalen";
    public static final String CALL_RAADSBEHANDELING = "CallActivity_Raadsbehandeling";
    public static final String CALL_COLLEGEBESLUIT = "CallActivity_Collegebesluit";
    public static final String CALL_UITVOERING = "CallActivity_Uitvoering";
    public static final String END_INGETROKKEN = "EndEvent_VoorstelIngetrokken";
    public static final String END_UITGEVOERD = "EndEvent_VoorstelUitgevoerd";
    /**
     * The end of the councils' branch (every raadsbehandeling done, verantwoordingen included). The route itself went on
     * at the last "Raad heeft besloten"; when this branch ends last, the proposal's own end is the other end it reached.
     */
    public static final String END_RADEN_AFGEROND = "EndEvent_RaadsbehandelingenAfgerond";
    /** Where a "Raad heeft besloten" ends while other raden have still to decide. */
    public static final String END_OP_ANDERE_RADEN_WACHTEN = "EndEvent_OpAndereRadenWachten";
    public static final String BOUNDARY_RAAD_HEEFT_BESLOTEN = "BoundaryEvent_RaadHeeftBesloten";
    public static final String GATEWAY_ALLE_RADEN_BESLOTEN = "Gateway_AlleRadenBesloten";
    /** The decision (in {@code decisions/stemuitslag.dmn}) that rule task {@link #RULE_STEMUITSLAG} evaluates. */
    public static final String DECISION_STEMUITSLAG = "stemuitslag";

    public static final String VAR_VOORSTELNUMMER = "voorstelnummer";
    public static final String VAR_TITEL = "titel";
    public static final String VAR_AMBITIE = "ambitie";
    public static final String VAR_SOORT_BESLUIT = "soortBesluit";
    public static final String VAR_DEELNEMENDE_GEMEENTEN = "deelnemendeGemeenten";
    public static final String VAR_INITIATIEF = "initiatief";
    public static final String VAR_BESLUIT_BESTUURSTAFEL = "besluitBestuurstafel";
    public static final String VAR_BEVOEGD_ORGAAN = "bevoegdOrgaan";
    public static final String VAR_CONSENSUS = "consensus";
    public static final String VAR_STEMMEN = "stemmen";
    public static final String VAR_STEMRONDE = "stemronde";
    public static final String VAR_STEMUITSLAG = "stemuitslag";
    public static final String VAR_ADVIES_TYPE = "adviesType";
    public static final String VAR_ADVIESDATUM = "adviesdatum";
    public static final String VAR_ADVIES_UITKOMST = "adviesUitkomst";
    public static final String VAR_STEMVERHOUDING = "stemverhouding";
    /** The regiocommissie's vote per fractie as text, one line each, derived by the route for the raden's forms and mail. */
    public static final String VAR_STEMMING_PER_FRACTIE = "stemmingPerFractie";
    public static final String VAR_BESLUIT_NA_NEGATIEF_ADVIES = "besluitNaNegatiefAdvies";
    public static final String VAR_UITKOMSTEN = "uitkomsten";
    public static final String VAR_DOORGANG = "doorgang";

    // the vote (package nl.route071.stemming)
    /** The route's own stemlijst (Json): every fractie with its weight; the basis of every recorded vote. */
    public static final String VAR_STEMLIJST = "stemlijst";
    public static final String VAR_VERGADERDATUM_OORDEELSVORMING = "vergaderdatumOordeelsvorming";
    /** The meeting the vote is (re)scheduled for; its date picks the raad in office and so the election. */
    public static final String VAR_VERGADERDATUM_STEMMING = "vergaderdatumStemming";
    public static final String VAR_STEMDATUM = "stemdatum";
    public static final String VAR_STEMLIJST_WAARSCHUWINGEN = "stemlijstWaarschuwingen";
    /** The outcome of the previous meeting of this vote (null at the first): the DMN applies art. 20 lid 3 after geenQuorum. */
    public static final String VAR_VORIGE_STEMUITSLAG = "vorigeStemuitslag";
    /** True when an earlier meeting of this vote ended with no votes cast: a second time the DMN gives verworpen. */
    public static final String VAR_EERDER_GEEN_STEMMEN = "eerderGeenStemmen";

    // local variables of one gemeente's instance of the multi-instance call activities
    /** The element variable: the gemeente id of this instance. */
    public static final String VAR_GEMEENTE = "gemeente";
    /** The raadsbesluit or collegebesluit, mapped out of the called process. */
    public static final String VAR_BESLUIT = "besluit";
    public static final String VAR_AFWIJKING = "afwijking";
    public static final String VAR_VERANTWOORDING_VEREIST = "verantwoordingVereist";
    public static final String VAR_GAAT_DOOR = "gaatDoor";

    private RegionaalVoorstelProcess() {
    }
}
