package nl.route071.college;

/** Ids and variable names of one college's decision, {@code processes/collegebesluit.bpmn}. */
public final class CollegebesluitProcess {

    public static final String PROCESS_ID = "collegebesluit";

    public static final String TASK_WENSEN_EN_BEDENKINGEN = "UserTask_WensenEnBedenkingenVastleggen";
    public static final String TASK_COLLEGEBESLUIT_VASTLEGGEN = "UserTask_CollegebesluitVastleggen";
    public static final String RULE_AFWIJKING = "BusinessRuleTask_AfwijkingBepalen";
    public static final String END_VASTGELEGD = "EndEvent_CollegebesluitVastgelegd";

    public static final String VAR_COLLEGEBESLUIT = "collegebesluit";

    private CollegebesluitProcess() {
    }
}
