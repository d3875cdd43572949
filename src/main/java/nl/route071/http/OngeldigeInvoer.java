package nl.route071.http;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import nl.route071.gedeeld.Commandoketen;

import org.camunda.bpm.dmn.engine.impl.transform.DmnTransformException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.model.xml.ModelException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.xml.sax.SAXException;

/**
 * Bad input refused by Route071's own listeners ({@link BadUserRequestException} with a Dutch message)
 * reaches REST clients and Tasklist as 400 with that message, not as 500. The engine wraps an exception
 * thrown in a listener ({@code Exception while invoking TaskListener}), and Camunda's REST answers such a
 * wrapped exception with 500. Two places put that right:
 * <ul>
 * <li>in the engine, a command interceptor rethrows the wrapped refusal as a form validation error, which
 * Camunda's REST answers with 400 when a task is completed or a form submitted (Tasklist's start and task
 * forms, {@code /engine-rest/task/{id}/complete});</li>
 * <li>in {@code /engine-rest}, exception mappers answer 400 where Camunda's REST would still say 500
 * ({@code /process-definition/.../start}), also for a Java-serialized variable the engine refuses and a model
 * that is no acceptable XML (e.g. a DOCTYPE, as in an XXE attempt) or no valid BPMN or DMN (a malformed model is
 * the deployer's fault: 400, not 500).</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
public class OngeldigeInvoer {

    /** The {@link BadUserRequestException} that caused this one, if it is wrapped; null when there is none. */
    static BadUserRequestException ingepakteOorzaak(Throwable fout) {
        for (Throwable oorzaak = fout.getCause(); oorzaak != null && oorzaak != oorzaak.getCause(); oorzaak = oorzaak.getCause()) {
            if (oorzaak instanceof BadUserRequestException onjuist) {
                return onjuist;
            }
        }
        return null;
    }

    /** The client's fault, in a message for the client; null when the fault is not the client's. */
    static String foutVanDeAanvrager(Throwable fout) {
        for (Throwable oorzaak = fout; oorzaak != null; oorzaak = oorzaak.getCause() == oorzaak ? null : oorzaak.getCause()) {
            if (oorzaak instanceof BadUserRequestException onjuist) {
                return onjuist.getMessage();
            }
            if (oorzaak instanceof SAXException) {
                return "Het model is geen toegestaan XML-bestand (geen DOCTYPE of externe entiteiten): " + oorzaak.getMessage();
            }
            if (oorzaak instanceof DmnTransformException || oorzaak instanceof ModelException || oorzaak instanceof ParseException) {
                return "Het model is ongeldig en niet gedeployd: " + oorzaak.getMessage();
            }
            if ("Password does not match policy".equals(oorzaak.getMessage())) {
                return "Het wachtwoord voldoet niet aan het wachtwoordbeleid: minstens 10 tekens, met een hoofdletter, een kleine letter, "
                        + "een cijfer en een leesteken, en niet de gebruikersnaam.";
            }
            if (oorzaak.getMessage() != null && oorzaak.getMessage().startsWith("ENGINE-17007")) {
                return "Java-serialisatie van variabelen is niet toegestaan: " + oorzaak.getMessage();
            }
        }
        return null;
    }

    static Response status400(String melding) {
        ExceptionDto dto = new ExceptionDto();
        dto.setType(BadUserRequestException.class.getSimpleName());
        dto.setMessage(melding);
        return Response.status(Response.Status.BAD_REQUEST).entity(dto).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @Bean
    ResourceConfigCustomizer ongeldigeInvoerIn400() {
        return config -> config.register(RestFout.class).register(EngineFout.class);
    }

    @Bean
    AbstractProcessEnginePlugin weigeringAlsFormulierfout() {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuratie) {
                Commandoketen.WEIGERING_ALS_FORMULIERFOUT.installeer(configuratie, new WeigeringUitpakken());
                Commandoketen.WEIGERING_IN_EEN_REGEL.installeer(configuratie, new WeigeringInEenRegel());
            }
        };
    }

    /**
     * When a task is completed or a start or task form submitted, rethrows a listener's refusal (bare or
     * wrapped) as a form validation error with the listener's message. Other commands are left alone.
     */
    static final class WeigeringUitpakken extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            try {
                return next.execute(command);
            }
            catch (ProcessEngineException e) {
                if (!(command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd || command instanceof SubmitStartFormCmd)
                        || e instanceof FormFieldValidationException) {
                    throw e;
                }
                BadUserRequestException oorzaak = e instanceof BadUserRequestException onjuist ? onjuist : ingepakteOorzaak(e);
                if (oorzaak != null) {
                    throw new FormFieldValidationException("route071", oorzaak.getMessage(), oorzaak);
                }
                throw e;
            }
        }
    }

    /**
     * Inside the command context: a refusal that the engine wrapped ({@code Exception while invoking TaskListener})
     * leaves the command as the refusal itself, so the engine logs it as the client's fault (debug) instead of an
     * ERROR with a stack trace, and is logged here in one INFO line: the command, the user and the message.
     */
    static final class WeigeringInEenRegel extends CommandInterceptor {

        private static final Logger LOG = LoggerFactory.getLogger(OngeldigeInvoer.class);

        @Override
        public <T> T execute(Command<T> command) {
            try {
                return next.execute(command);
            }
            catch (ProcessEngineException e) {
                BadUserRequestException oorzaak = e instanceof BadUserRequestException ? null : ingepakteOorzaak(e);
                // only a refusal of Route071's own (a plain BadUserRequestException); the engine's own validation
                // exceptions (NotValidException, ...) inside e.g. a model that does not parse stay as they are
                if (oorzaak == null || oorzaak.getClass() != BadUserRequestException.class) {
                    throw e;
                }
                CommandContext context = Context.getCommandContext();
                LOG.info("Geweigerd ({}, gebruiker {}): {}", command.getClass().getSimpleName(),
                        context == null ? null : context.getAuthenticatedUserId(), oorzaak.getMessage());
                throw oorzaak;
            }
        }
    }

    /** For endpoints that wrap the engine's exception into a {@link RestException} with status 500. */
    @Priority(1)
    public static final class RestFout implements ExceptionMapper<RestException> {

        @Override
        public Response toResponse(RestException fout) {
            String melding = foutVanDeAanvrager(fout);
            if (melding != null && (fout.getStatus() == null || fout.getStatus() == Response.Status.INTERNAL_SERVER_ERROR)) {
                return status400(melding);
            }
            return ExceptionHandlerHelper.getInstance().getResponse(fout);
        }
    }

    /** For endpoints that let the engine's exception through. */
    @Priority(1)
    public static final class EngineFout implements ExceptionMapper<ProcessEngineException> {

        @Override
        public Response toResponse(ProcessEngineException fout) {
            String melding = fout instanceof BadUserRequestException ? null : foutVanDeAanvrager(fout);
            if (melding != null) {
                return status400(melding);
            }
            return ExceptionHandlerHelper.getInstance().getResponse(fout);
        }
    }
}
