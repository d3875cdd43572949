package nl.route071.beveiliging;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.DefaultPasswordPolicyImpl;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.VariableSerializers;

import nl.route071.gedeeld.Commandoketen;
import nl.route071.gedeeld.Commandovelden;
import nl.route071.instellingen.Beveiligingsinstellingen;
import nl.route071.instellingen.Demoinstellingen;

import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Route071's security rules enforced inside the engine, where every door (REST, the webapps' API, the Java API,
 * a door added later) passes through the same code:
 * <ul>
 * <li>{@link ZoekvragenZonderExpressies}: no expression in any query or filter;</li>
 * <li>{@link BeperkteExpressies}: expressions reach variables and Route071's own beans only, without reflection;</li>
 * <li>{@link Modelcontrole}: models that break those rules, or use scripts, foreign classes or a DMN language
 * other than FEEL, are refused at deployment;</li>
 * <li>{@link Variabelegrootte}: Json, XML and object variables of at most {@code route071.beveiliging.max-variabele-kb};</li>
 * <li>Camunda's password policy (at least 10 characters with a capital, a small letter, a digit and a special
 * character) for every user created or given a new password; in the embedded demo it is switched on once the
 * demo users (password {@code demo}) exist.</li>
 * </ul>
 */
@Component
public class EngineBeveiliging extends AbstractProcessEnginePlugin {

    private final ApplicationContext applicationContext;
    private final boolean demo;
    private final int maximumVariabeleBytes;
    private ProcessEngineConfigurationImpl configuratie;

    EngineBeveiliging(ApplicationContext applicationContext, Demoinstellingen demo,
            Beveiligingsinstellingen instellingen) {
        this.applicationContext = applicationContext;
        this.demo = demo.enabled();
        this.maximumVariabeleBytes = instellingen.maxVariabeleKb() * 1024;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuratie) {
        this.configuratie = configuratie;
        Commandovelden.controleer(); // no start when a filter field ZoekvragenZonderExpressies reads is gone
        configuratie.setExpressionManager(new BeperkteExpressies(applicationContext));
        Commandoketen.ZOEKVRAGEN_ZONDER_EXPRESSIES.installeer(configuratie, new ZoekvragenZonderExpressies());
        Commandoketen.ZOEKVRAGEN_ZONDER_EXPRESSIES_NIEUWE_TRANSACTIE.installeer(configuratie, new ZoekvragenZonderExpressies());
        if (configuratie.getCustomPreDeployers() == null) {
            configuratie.setCustomPreDeployers(new ArrayList<>());
        }
        configuratie.getCustomPreDeployers().add(new Modelcontrole(applicationContext));
        configuratie.setPasswordPolicy(new DefaultPasswordPolicyImpl());
        configuratie.setEnablePasswordPolicy(!demo);
    }

    @Override
    @SuppressWarnings({ "rawtypes", "unchecked" })
    public void postProcessEngineBuild(ProcessEngine engine) {
        VariableSerializers serializers = configuratie.getVariableSerializers();
        for (TypedValueSerializer<?> serializer : List.copyOf(serializers.getSerializers())) {
            if (Variabelegrootte.begrensd(serializer) && !(serializer instanceof Variabelegrootte)) {
                int plaats = serializers.getSerializerIndex(serializer);
                serializers.removeSerializer(serializer);
                serializers.addSerializer(new Variabelegrootte(serializer, maximumVariabeleBytes), plaats);
            }
        }
    }

    /** After the demo users of the embedded default exist (start-up step 2), the policy holds for everyone: step 3 ({@code Opstart}). */
    public void wachtwoordbeleidAan() {
        configuratie.setEnablePasswordPolicy(true);
    }
}
