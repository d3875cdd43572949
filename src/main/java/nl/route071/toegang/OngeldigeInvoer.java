package nl.route071.toegang;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;

/**
 * Bad input refused by Route071's own listeners ({@link BadUserRequestException}, with a Dutch message)
 * reaches REST clients and Tasklist as 400 with that message. Camunda's REST wraps an exception thrown
 * in a listener ({@code Exception while invoking TaskListener}) and answers 500; these mappers look for
 * the {@link BadUserRequestException} among the causes and hand everything else to Camunda's own
 * handling unchanged. Registered for {@code /engine-rest} and for the webapps' engine API (Tasklist's
 * forms) as Jersey provider classes (context parameter {@code jersey.config.server.provider.classnames}
 * in {@code application.yaml}); the priority puts them before Camunda's equally specific mappers.
 */
public final class OngeldigeInvoer {

    private OngeldigeInvoer() {
    }

    /** The {@link BadUserRequestException} that caused this one, if it is wrapped; null when there is none. */
    static BadUserRequestException ingepakteOorzaak(Throwable fout) {
        for (Throwable oorzaak = fout.getCause(); oorzaak != null && oorzaak != oorzaak.getCause(); oorzaak = oorzaak.getCause()) {
            if (oorzaak instanceof BadUserRequestException onjuist) {
                return onjuist;
            }
        }
        return null;
    }

    static Response status400(BadUserRequestException oorzaak) {
        ExceptionDto dto = new ExceptionDto();
        dto.setType(BadUserRequestException.class.getSimpleName());
        dto.setMessage(oorzaak.getMessage());
        dto.setCode(oorzaak.getCode());
        return Response.status(Response.Status.BAD_REQUEST).entity(dto).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** For endpoints that wrap the engine's exception into a {@link RestException} with status 500. */
    @Provider
    @Priority(1)
    public static final class RestFout implements ExceptionMapper<RestException> {

        @Override
        public Response toResponse(RestException fout) {
            BadUserRequestException oorzaak = ingepakteOorzaak(fout);
            if (oorzaak != null && (fout.getStatus() == null || fout.getStatus() == Response.Status.INTERNAL_SERVER_ERROR)) {
                return status400(oorzaak);
            }
            return ExceptionHandlerHelper.getInstance().getResponse(fout);
        }
    }

    /** For endpoints that let the engine's exception through. */
    @Provider
    @Priority(1)
    public static final class EngineFout implements ExceptionMapper<ProcessEngineException> {

        @Override
        public Response toResponse(ProcessEngineException fout) {
            BadUserRequestException oorzaak = fout instanceof BadUserRequestException ? null : ingepakteOorzaak(fout);
            if (oorzaak != null) {
                return status400(oorzaak);
            }
            return ExceptionHandlerHelper.getInstance().getResponse(fout);
        }
    }
}
