package nl.route071.beveiliging;

import java.util.Map;

import nl.route071.gedeeld.Commandovelden;

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
            Filter filter = Commandovelden.FILTER_OPSLAAN.van(command);
            controleer(filter != null ? filter.getQuery() : null);
        }
        else if (command instanceof AbstractExecuteFilterCmd) {
            controleer(Commandovelden.FILTER_UITVOEREN_UITBREIDING.van(command));
            String filterId = Commandovelden.FILTER_UITVOEREN_ID.van(command);
            CommandContext context = Context.getCommandContext();
            if (filterId != null && context != null) {
                FilterEntity filter = context.getFilterManager().findFilterById(filterId);
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
}
