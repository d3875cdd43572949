package nl.route071.beveiliging;

import java.lang.reflect.Field;
import java.util.Map;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.cmd.SaveFilterCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.FilterEntity;
import org.camunda.bpm.engine.query.Query;

/**
 * No expressions in queries, whatever the door: every query the engine runs is a command, and so are saving
 * and executing a filter; this interceptor, inside the engine's command chain, refuses each that carries an
 * expression, at the top level or in any {@code orQueries} entry, with a Dutch 400
 * ({@link BadUserRequestException}). It sees {@code /engine-rest} (with or without matrix parameters, a trailing
 * slash or any Content-Type), Tasklist's and Cockpit's API under {@code /camunda/api/engine}, and the Java API alike.
 * Also a filter stored before this check (or written into the database) is refused when executed.
 */
class ZoekvragenZonderExpressies extends CommandInterceptor {

    static final String MELDING = "Expressies in zoekvragen zijn niet toegestaan (veld %s).";

    @Override
    public <T> T execute(Command<T> command) {
        if (command instanceof AbstractQuery<?, ?> zoekvraag) {
            controleer(zoekvraag);
        }
        else if (command instanceof SaveFilterCmd) {
            controleer(veld(command, SaveFilterCmd.class, "filter") instanceof Filter filter ? filter.getQuery() : null);
        }
        else if (command instanceof AbstractExecuteFilterCmd) {
            controleer((Query<?, ?>) veld(command, AbstractExecuteFilterCmd.class, "extendingQuery"));
            Object filterId = veld(command, AbstractExecuteFilterCmd.class, "filterId");
            CommandContext context = Context.getCommandContext();
            if (filterId != null && context != null) {
                FilterEntity filter = context.getFilterManager().findFilterById(filterId.toString());
                if (filter != null) {
                    controleer(filter.getQuery());
                }
            }
        }
        return next.execute(command);
    }

    /** Refuses the query when it or one of its or-queries holds an expression. */
    static void controleer(Query<?, ?> zoekvraag) {
        if (!(zoekvraag instanceof AbstractQuery<?, ?> query)) {
            return;
        }
        weigerBij(query.getExpressions());
        if (query instanceof TaskQueryImpl taken && taken.getQueries() != null) {
            for (TaskQueryImpl of : taken.getQueries()) {
                if (of != taken) {
                    weigerBij(of.getExpressions());
                }
            }
        }
    }

    private static void weigerBij(Map<String, String> expressies) {
        if (expressies != null && !expressies.isEmpty()) {
            Map.Entry<String, String> eerste = expressies.entrySet().iterator().next();
            throw new BadUserRequestException(String.format(MELDING, eerste.getKey()));
        }
    }

    private static Object veld(Object object, Class<?> klasse, String naam) {
        try {
            Field veld = klasse.getDeclaredField(naam);
            veld.setAccessible(true);
            return veld.get(object);
        }
        catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Camunda's " + klasse.getSimpleName() + " has no field " + naam, e);
        }
    }
}
