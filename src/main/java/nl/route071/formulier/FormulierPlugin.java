package nl.route071.formulier;

import java.util.Map;

import nl.route071.gedeeld.Commandoketen;
import nl.route071.gedeeld.Commandovelden;
import nl.route071.gedeeld.Klok;

import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Installs {@link FormulierBewaking} in the engine's command chain. FEEL in a form (a hidden field's condition,
 * the options of a {@code valuesExpression}, an expression field) is evaluated with the engine's own FEEL engine.
 */
@Component
class FormulierPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuratie) {
        Commandovelden.controleer(); // no start when a command field FormulierBewaking reads is gone
        Commandoketen.FORMULIER.installeer(configuratie,
                new FormulierBewaking(new Formuliercontrole(feel(configuratie), Klok::vandaag)));
    }

    private static Formuliercontrole.Feel feel(ProcessEngineConfigurationImpl configuratie) {
        return (String expressie, Map<String, Object> context) -> {
            FeelEngine engine = configuratie.getDmnEngineConfiguration().getFeelEngine();
            return engine.evaluateSimpleExpression(expressie, Variables.fromMap(context).asVariableContext());
        };
    }
}
