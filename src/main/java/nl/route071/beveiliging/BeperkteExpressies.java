package nl.route071.beveiliging;

import java.beans.FeatureDescriptor;
import java.util.Iterator;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.impl.ServiceImpl;
import org.camunda.bpm.engine.impl.el.VariableContextElResolver;
import org.camunda.bpm.engine.impl.el.VariableScopeElResolver;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.camunda.bpm.impl.juel.jakarta.el.ArrayELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.BeanELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ListELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.MapELResolver;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.context.ApplicationContext;

/**
 * The engine's expression language (JUEL, in BPMN expressions, DMN literal expressions with JUEL and query
 * expressions) reaches the process's variables, {@code execution}/{@code task}, and the Spring beans of
 * Route071's own classes ({@code nl.route071.*}); not Camunda's services, not other Spring beans. No reflection:
 * a property or method named like {@code getClass}, {@code forName}, {@code getClassLoader} or
 * {@code getProcessEngineServices}, and any call on a {@link Class}, class loader, {@code Runtime},
 * {@code ProcessBuilder}, {@code java.lang.reflect} object or engine service is refused when evaluated.
 */
class BeperkteExpressies extends SpringExpressionManager {

    static final String APPLICATIE = "nl.route071.";

    /** Member names that lead to reflection, class loading or the engine's own services. */
    static final Set<String> VERBODEN_LEDEN = Set.of("class", "getClass", "forName", "classLoader", "getClassLoader",
            "contextClassLoader", "getContextClassLoader", "loadClass", "defineClass", "newInstance", "getMethod", "getMethods",
            "getDeclaredMethod", "getDeclaredMethods", "getField", "getDeclaredField", "getConstructor", "getDeclaredConstructor",
            "getRuntime", "exec", "processEngineServices", "getProcessEngineServices", "processEngine", "getProcessEngine",
            "processEngineConfiguration", "getProcessEngineConfiguration", "applicationContext", "getApplicationContext");

    BeperkteExpressies(ApplicationContext applicationContext) {
        super(applicationContext);
    }

    @Override
    protected ELResolver createElResolver() {
        CompositeELResolver resolvers = new CompositeELResolver();
        resolvers.add(new Wachter());
        resolvers.add(new VariableScopeElResolver());
        resolvers.add(new VariableContextElResolver());
        resolvers.add(new EigenBeans(applicationContext));
        resolvers.add(new ArrayELResolver());
        resolvers.add(new ListELResolver());
        resolvers.add(new MapELResolver());
        resolvers.add(new BeanELResolver());
        return resolvers;
    }

    /** Whether a Spring bean of this name exists and is of Route071's own classes. */
    static boolean eigenBean(BeanFactory beans, String naam) {
        if (!beans.containsBean(naam)) {
            return false;
        }
        Class<?> type = beans.getType(naam);
        return type != null && type.getName().startsWith(APPLICATIE);
    }

    static boolean verbodenBasis(Object basis) {
        if (basis == null) {
            return false;
        }
        String klasse = basis.getClass().getName();
        return basis instanceof Class<?> || basis instanceof ClassLoader || basis instanceof Runtime || basis instanceof ProcessBuilder
                || basis instanceof Thread || klasse.startsWith("java.lang.reflect.") || klasse.startsWith("java.lang.invoke.")
                || basis instanceof ProcessEngine || basis instanceof ProcessEngineServices || basis instanceof ProcessEngineConfiguration
                || basis instanceof ServiceImpl || basis instanceof CommandExecutor || basis instanceof BeanFactory;
    }

    static ProcessEngineException geweigerd(Object basis, Object lid) {
        return new ProcessEngineException("Expressie geweigerd: '" + lid + "' op " + (basis == null ? "null" : basis.getClass().getSimpleName())
                + " is niet toegestaan (geen reflectie, geen engine-services in expressies).");
    }

    /** Refuses, before any other resolver, every step into reflection or the engine. */
    static final class Wachter extends ELResolver {

        private static void controleer(Object basis, Object lid) {
            if (basis == null) {
                return;
            }
            if (verbodenBasis(basis) || (lid != null && VERBODEN_LEDEN.contains(lid.toString()))) {
                throw geweigerd(basis, lid);
            }
        }

        @Override
        public Object getValue(ELContext context, Object base, Object property) {
            controleer(base, property);
            return null;
        }

        @Override
        public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
            controleer(base, method);
            return null;
        }

        @Override
        public Class<?> getType(ELContext context, Object base, Object property) {
            controleer(base, property);
            return null;
        }

        @Override
        public void setValue(ELContext context, Object base, Object property, Object value) {
            controleer(base, property);
        }

        @Override
        public boolean isReadOnly(ELContext context, Object base, Object property) {
            controleer(base, property);
            return false;
        }

        @Override
        public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
            return null;
        }

        @Override
        public Class<?> getCommonPropertyType(ELContext context, Object base) {
            return null;
        }
    }

    /** Top-level identifiers that name a Spring bean of Route071's own classes; every other bean stays out of reach. */
    static final class EigenBeans extends ELResolver {

        private final ApplicationContext beans;

        EigenBeans(ApplicationContext beans) {
            this.beans = beans;
        }

        @Override
        public Object getValue(ELContext context, Object base, Object property) {
            if (base == null && property instanceof String naam && eigenBean(beans, naam)) {
                context.setPropertyResolved(true);
                return beans.getBean(naam);
            }
            return null;
        }

        @Override
        public Class<?> getType(ELContext context, Object base, Object property) {
            return null;
        }

        @Override
        public void setValue(ELContext context, Object base, Object property, Object value) {
        }

        @Override
        public boolean isReadOnly(ELContext context, Object base, Object property) {
            if (base == null && property instanceof String naam && eigenBean(beans, naam)) {
                context.setPropertyResolved(true);
                return true;
            }
            return false;
        }

        @Override
        public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
            return null;
        }

        @Override
        public Class<?> getCommonPropertyType(ELContext context, Object base) {
            return Object.class;
        }
    }
}
