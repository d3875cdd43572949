package nl.route071.vergadering;

/** Ids and variable names of one meeting of a regiocommissie, {@code processes/vergadering.bpmn}. */
public final class VergaderingProcess {

    public static final String PROCESS_ID = "vergadering";

    public static final String START_EVENT = "StartEvent_VergaderingGepland";
    public static final String TASK_AGENDA_OPSTELLEN = "UserTask_AgendaOpstellen";
    public static final String SEND_OPROEPING = "SendTask_OproepingVersturen";
    public static final String TASK_VERGADERING_HOUDEN = "UserTask_VergaderingHouden";
    public static final String SERVICE_UITKOMSTEN_DOORGEVEN = "ServiceTask_UitkomstenDoorgeven";
    public static final String SERVICE_OORDEELSVORMING_DOORGEVEN = "ServiceTask_OordeelsvormingDoorgeven";
    public static final String TASK_BESLUITENLIJST_VASTSTELLEN = "UserTask_BesluitenlijstVaststellen";
    public static final String SERVICE_BESLUITENLIJST_OPMAKEN = "ServiceTask_BesluitenlijstOpmaken";
    public static final String SEND_BESLUITENLIJST = "SendTask_BesluitenlijstPubliceren";
    public static final String SERVICE_DOORSCHUIVEN = "ServiceTask_AgendapuntenDoorschuiven";
    public static final String END_GEPUBLICEERD = "EndEvent_BesluitenlijstGepubliceerd";
    public static final String END_AFGELAST = "EndEvent_VergaderingAfgelast";

    // the start form
    public static final String VAR_REGIOCOMMISSIE = "regiocommissie";
    /** {@code regulier}, {@code start}, {@code tussentijds} or {@code heroepen} (no quorum at the previous meeting). */
    public static final String VAR_SOORT = "soortVergadering";
    public static final String VAR_VERGADERDATUM = "vergaderdatum";
    public static final String VAR_AANVANGSTIJD = "aanvangstijd";
    public static final String VAR_LOCATIE = "locatie";
    public static final String VAR_AANLEIDING = "aanleiding";
    // written by the route
    /** The start, {@code yyyy-MM-ddTHH:mm} (local time). */
    public static final String VAR_AANVANG = "aanvang";
    public static final String VAR_AANVANG_TIJDSTIP = "aanvangTijdstip";
    public static final String VAR_AGENDA = "agenda";
    public static final String VAR_LEDEN = "leden";
    public static final String VAR_BEHANDELING = "behandeling";
    public static final String VAR_AANWEZIGHEID = "aanwezigheid";
    public static final String VAR_BESLUITEN = "besluiten";
    public static final String VAR_BESLUITENLIJST = "besluitenlijst";
    public static final String VAR_TER_INZAGE_SINDS = "terInzageSinds";
    public static final String VAR_BESLUITENLIJST_VASTGESTELD = "besluitenlijstVastgesteld";
    /** The number of items of the adopted agenda (the overview reads it instead of the agenda's Json). */
    public static final String VAR_AANTAL_AGENDAPUNTEN = "aantalAgendapunten";
    // the forms
    public static final String VAR_AGENDA_KEUZE = "agendaKeuze";
    public static final String VAR_SAMEN_BEHANDELEN = "samenBehandelen";
    public static final String VAR_PRESENTIELIJST = "presentielijst";
    public static final String VAR_AGENDAPUNTEN = "agendapunten";
    public static final String VAR_VERLOOP = "verloop";

    // variables this process writes on a regionaalVoorstel instance
    /** The meeting (business key) on whose adopted agenda the proposal stands; the proposal's step is then the meeting's. */
    public static final String VOORSTEL_AGENDA_VERGADERING = "agendaVergadering";
    /** The cancelled or adjourned meeting the proposal comes from: first on the next agenda. */
    public static final String VOORSTEL_DOORGESCHOVEN_VAN = "doorgeschovenVan";
    /** The meeting of the proposal's last vote and its start: a re-vote comes at least 24 hours later. */
    public static final String VOORSTEL_STEMVERGADERING = "stemvergadering";
    public static final String VOORSTEL_STEMVERGADERING_AANVANG = "stemvergaderingAanvang";
    /** Per fractie with a member: present or not, from the meeting's attendance list (read by the stemming). */
    public static final String VOORSTEL_AANWEZIGHEID = "aanwezigheid";
    /** Every meeting that treated the proposal, in order (Json array of business keys). */
    public static final String VOORSTEL_VERGADERINGEN = "vergaderingen";

    private VergaderingProcess() {
    }
}
